/**
 * Draws the web app's icons into public/icons (listed in the manifest: src/build/vite-plugin-offline.ts):
 * icon.svg, and PNGs of 192 and 512 pixels from it, plus a maskable 512 one whose background fills the
 * square and whose letter stays inside the safe zone (the middle 80%), which launchers crop to their shape.
 * The letter is a path, not text, so the PNGs do not depend on the fonts of the machine that draws them.
 * Run `npx tsx scripts/make-icons.ts` after changing the drawing, and commit what it writes.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '..', 'public', 'icons');
const INK = '#1a1a1a';
const PAPER = '#fcfbf8';

/** A serif-less capital B on a 512 grid, centred: a stem and two bowls, the counters cut out (evenodd). */
const LETTER_B =
  'M176 136H276A64 60 0 0 1 276 256A70 60 0 0 1 276 376H176Z' +
  'M224 176H268A22 20 0 0 1 268 216H224Z' +
  'M224 296H272A24 20 0 0 1 272 336H224Z';

function iconSvg({ maskable }: { maskable: boolean }): string {
  // The plain icon is a rounded square; the maskable one fills the square (the launcher cuts its own shape).
  const background = maskable ? `<rect width="512" height="512" fill="${INK}"/>` : `<rect width="512" height="512" rx="96" fill="${INK}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}<path fill="${PAPER}" fill-rule="evenodd" d="${LETTER_B}"/></svg>\n`;
}

function png(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

await mkdir(OUT, { recursive: true });
const plain = iconSvg({ maskable: false });
const maskable = iconSvg({ maskable: true });
await writeFile(join(OUT, 'icon.svg'), plain);
await writeFile(join(OUT, 'icon-192.png'), png(plain, 192));
await writeFile(join(OUT, 'icon-512.png'), png(plain, 512));
await writeFile(join(OUT, 'icon-maskable-512.png'), png(maskable, 512));
console.log(`wrote icon.svg, icon-192.png, icon-512.png and icon-maskable-512.png to ${OUT}`);
