import type { Plugin } from 'vite';

/**
 * Build step for the popup's page (`src/popup/index.html`), so that its first frame needs one file besides the page:
 * - its stylesheets are inlined as `<style>` (MV3's default CSP limits scripts, not styles): the pre-paint script
 *   would otherwise wait for them, and the extension's files are read one after another (measured: the two
 *   stylesheets arrived 20–30 ms after they were asked for, behind the module and its preloads);
 * - the entry module and its preloads move to the end of the body, after `public/popup-prepaint.js`, so that the
 *   pre-paint script is asked for first.
 * Only the popup's page; the stylesheet files stay in the build for the other pages.
 */
export function popupFirstPaint(page = 'src/popup/index.html'): Plugin {
  return {
    name: 'popup-first-paint',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.path.endsWith(page) || !ctx.bundle) return html;
        const bundle = ctx.bundle;
        let out = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          const css = asset?.type === 'asset' ? String(asset.source) : undefined;
          // A relative url() would resolve against the page instead of assets/: keep the link then.
          if (css === undefined || /url\((?!\s*["']?data:)/.test(css)) return tag;
          return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
        });
        const moved: string[] = [];
        out = out.replace(/\s*<(?:script type="module"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g, (tag) => {
          moved.push(tag.trim());
          return '';
        });
        return out.replace('</body>', `${moved.map((tag) => `  ${tag}\n`).join('')}  </body>`);
      },
    },
  };
}
