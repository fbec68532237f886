import { text, type Reply } from '../http/reply.ts';
import type { RouteContext } from '../http/router.ts';

/**
 * Thumbnails (`sg-thumbnail-drive…/v0/screenshot-thumbnails/<GCID>/720/2048`) as generated SVGs whose
 * colour comes from the GCID, so different files look different and the same file always looks the same.
 */
export function thumbnail(ctx: RouteContext): Reply {
  const match = /^\/v0\/screenshot-thumbnails\/([0-9A-Fa-f]{40})(\/.*)?$/.exec(ctx.path);
  const gcid = match?.[1];
  if (!gcid) return text(404, 'Not Found');
  const colour = `#${gcid.slice(0, 6).toLowerCase()}`;
  const accent = `#${gcid.slice(6, 12).toLowerCase()}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">
<rect width="320" height="180" fill="${colour}"/>
<circle cx="250" cy="50" r="30" fill="${accent}" opacity="0.7"/>
<polygon points="140,65 140,115 185,90" fill="#ffffff" opacity="0.85"/>
<text x="10" y="170" font-family="monospace" font-size="12" fill="#ffffff">${gcid.slice(0, 8)}</text>
</svg>`;
  return { ...svgReply(svg), headers: { 'cache-control': 'public, max-age=86400' } };
}

/** static.mypikpak.com icons: one neutral glyph for every path. */
export function staticIcon(_ctx: RouteContext): Reply {
  return svgReply(
    '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><rect x="6" y="4" width="36" height="40" rx="4" fill="#8a94a6"/><rect x="12" y="14" width="24" height="3" fill="#fff"/><rect x="12" y="22" width="18" height="3" fill="#fff"/></svg>',
  );
}

function svgReply(svg: string): Reply {
  return text(200, svg, 'image/svg+xml');
}
