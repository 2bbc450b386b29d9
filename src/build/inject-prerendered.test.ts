import { describe, expect, it } from 'vitest';
import { CODE_FILES_PLACEHOLDER, injectPrerendered } from './inject-prerendered';

/** index.html as Vite writes it: the entry and its preloads in the head, the boot script in the body. */
const built = [
  '<html><head><title>Broadsheet</title>',
  '    <script type="module" crossorigin src="/assets/index-A1.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/assets/react-B2.js">',
  '    <link rel="modulepreload" crossorigin href="/assets/runtime-C3.js">',
  '    <link rel="stylesheet" crossorigin href="/assets/style-D4.css">',
  `  </head><body><div id="root"></div><script>boot(${CODE_FILES_PLACEHOLDER});</script></body></html>`,
].join('\n');

describe('injectPrerendered', () => {
  it('fills the root, marks which page it shows, and takes the page title', () => {
    const html = injectPrerendered(built, { html: '<main><h1>Latest articles</h1></main>', title: 'Broadsheet: the latest articles' });
    expect(html).toContain('<title>Broadsheet: the latest articles</title>');
    expect(html).toContain('<div id="root" data-prerendered="/"><main><h1>Latest articles</h1></main></div>');
  });

  it('hands the entry and its module preloads to the boot script, entry first, and keeps the stylesheet', () => {
    const html = injectPrerendered(built, { html: '', title: null });
    expect(html).toContain('boot(["/assets/index-A1.js","/assets/react-B2.js","/assets/runtime-C3.js"]);');
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('modulepreload" crossorigin');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/style-D4.css">');
  });

  it('keeps the template title when the page has none, and markup with $ patterns as written', () => {
    const html = injectPrerendered(built, { html: '<p>$& costs $1</p>', title: null });
    expect(html).toContain('<title>Broadsheet</title>');
    expect(html).toContain('<div id="root" data-prerendered="/"><p>$& costs $1</p></div>');
  });

  it('refuses a page it cannot fill: no empty root, no boot script, no single entry', () => {
    expect(() => injectPrerendered('<div id="app"></div>', { html: '', title: null })).toThrow(/no <div id="root"><\/div>/);
    expect(() => injectPrerendered('<div id="root"></div>', { html: '', title: null })).toThrow(/boot script/);
    expect(() => injectPrerendered(`<div id="root"></div>${CODE_FILES_PLACEHOLDER}`, { html: '', title: null })).toThrow(/found 0/);
  });
});
