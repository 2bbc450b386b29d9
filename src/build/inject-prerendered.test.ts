import { describe, expect, it } from 'vitest';
import { injectPrerendered } from './inject-prerendered';

const template = '<html><head><title>Broadsheet</title></head><body><div id="root"></div><script>/* root check */</script></body></html>';

describe('injectPrerendered', () => {
  it('fills the root, marks which page it shows, and takes the page title', () => {
    const html = injectPrerendered(template, { html: '<main><h1>Latest articles</h1></main>', title: 'Broadsheet: the latest articles' });
    expect(html).toBe(
      '<html><head><title>Broadsheet: the latest articles</title></head><body><div id="root" data-prerendered="/"><main><h1>Latest articles</h1></main></div><script>/* root check */</script></body></html>',
    );
  });

  it('keeps the template title when the page has none, and markup with $ patterns as written', () => {
    const html = injectPrerendered(template, { html: '<p>$& costs $1</p>', title: null });
    expect(html).toContain('<title>Broadsheet</title>');
    expect(html).toContain('<div id="root" data-prerendered="/"><p>$& costs $1</p></div>');
  });

  it('refuses a template without an empty root to fill', () => {
    expect(() => injectPrerendered('<div id="app"></div>', { html: '', title: null })).toThrow(/no <div id="root"><\/div>/);
  });
});
