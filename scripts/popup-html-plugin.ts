import type { Plugin } from 'vite';

/** Where the pre-paint script is built to: index.html loads it from here, as a classic script. */
const PREPAINT_FILE = 'popup-prepaint.js';

/**
 * Build step for the popup's page (`src/popup/index.html`), so that its first frame needs one file besides the page:
 * - its stylesheets are inlined as `<style>` (MV3's default CSP limits scripts, not styles): the pre-paint script
 *   would otherwise wait for them, and the extension's files are read one after another (measured: the two
 *   stylesheets arrived 20–30 ms after they were asked for, behind the module and its preloads);
 * - `src/popup/prepaint.ts` is built (minified, like the rest) to `popup-prepaint.js`, which the page loads as a
 *   classic script right after `#app`: it runs during the parse. It imports nothing, so its chunk is plain statements
 *   (wrapped in a function so its names stay out of the page's globals). Vite's warning that it "can't be bundled
 *   without type=module" is expected: index.html names the built file;
 * - the entry module and its preloads move to the end of the body, after the pre-paint script, so that it is asked
 *   for first.
 * Only the popup's page; the stylesheet files stay in the build for the other pages.
 */
export function popupFirstPaint(page = 'src/popup/index.html'): Plugin {
  return {
    name: 'popup-first-paint',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: 'src/popup/prepaint.ts', fileName: PREPAINT_FILE });
    },
    generateBundle(_, bundle) {
      const chunk = bundle[PREPAINT_FILE];
      if (chunk?.type !== 'chunk') return this.error(`${PREPAINT_FILE} was not built`);
      if (chunk.imports.length > 0 || /\b(?:import|export)\b/.test(chunk.code)) {
        return this.error(`${PREPAINT_FILE} must be a classic script: it imports or exports`);
      }
      // Its top-level names would be globals of the page in a classic script.
      chunk.code = `(() => {${chunk.code}})();\n`;
    },
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
