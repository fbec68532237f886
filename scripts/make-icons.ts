/**
 * Renders the toolbar and store icons (public/icons/icon-<size>.png) from the SVG sources in src/ui.
 * Run with `npm run icons` after editing either SVG, and commit the PNGs.
 *
 * - 16 px uses its own pixel-aligned drawing (src/ui/icon-16.svg): the scaled-down master blurs its arrow.
 * - 32 px crops the master's transparent margin so the badge fills the toolbar slot.
 * - 48 and 128 px keep the margin, as Chrome's extensions page and the store expect.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'icons');
const master = readFileSync(join(root, 'src', 'ui', 'icon.svg'), 'utf8');
const small = readFileSync(join(root, 'src', 'ui', 'icon-16.svg'), 'utf8');

/** The master's badge spans 8..120 with a 1 px rim; this keeps a hair of margin for anti-aliasing. */
const cropMargin = (svg: string) => svg.replace('viewBox="0 0 128 128"', 'viewBox="7 7 114 114"');

const sources: Record<number, string> = {
  16: small,
  32: cropMargin(master),
  48: master,
  128: master,
};

mkdirSync(outDir, { recursive: true });
for (const [size, svg] of Object.entries(sources)) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Number(size) } }).render().asPng();
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, png);
  console.info(`${file} (${png.length} bytes)`);
}
