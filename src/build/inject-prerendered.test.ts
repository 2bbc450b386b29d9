import { describe, expect, it } from 'vitest';
import { CODE_FILES_PLACEHOLDER, pageTemplate } from './inject-prerendered';

/** index.html as Vite writes it: the entry and its preloads in the head, the boot script in the body. */
const built = [
  '<html><head><meta name="description" content="News to read." />',
  '    <title>Broadsheet</title>',
  '    <script type="module" crossorigin src="/assets/index-A1.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/assets/react-B2.js">',
  '    <link rel="modulepreload" crossorigin href="/assets/runtime-C3.js">',
  '    <link rel="stylesheet" crossorigin href="/assets/style-D4.css">',
  `  </head><body><div id="root"></div><script>boot(${CODE_FILES_PLACEHOLDER});</script></body></html>`,
].join('\n');

describe('pageTemplate', () => {
  it('fills the root, marks which page it shows, and takes the page title', () => {
    const html = pageTemplate(built).fill({
      path: '/',
      html: '<main><h1>Latest articles</h1></main>',
      title: 'Broadsheet: the latest articles',
    });
    expect(html).toContain('<title>Broadsheet: the latest articles</title>');
    expect(html).toContain('<div id="root" data-prerendered="/"><main><h1>Latest articles</h1></main></div>');
    expect(html).toContain('<meta name="description" content="News to read." />');
  });

  it('hands the entry and its module preloads to the boot script, entry first, and keeps the stylesheet', () => {
    const html = pageTemplate(built).fill({ path: '/', html: '', title: null });
    expect(html).toContain('boot(["/assets/index-A1.js","/assets/react-B2.js","/assets/runtime-C3.js"]);');
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('modulepreload" crossorigin');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/style-D4.css">');
  });

  it('leaves out the inline scripts’ comment lines, which every page would otherwise carry', () => {
    const commented = built.replace('<script>boot(', '<script>\n      // Starts the page.\n      boot(');
    const html = pageTemplate(commented).fill({ path: '/', html: '', title: null });
    expect(html).not.toContain('Starts the page');
    expect(html).toContain('<script>\n      boot([');
  });

  it('fills many pages from one template, each with its own address, title and description', () => {
    const template = pageTemplate(built);
    const first = template.fill({
      path: '/articles/a',
      html: '<h1>A</h1>',
      title: 'A · Broadsheet',
      meta: { description: 'About A.', ogTitle: 'A', publishedDate: '2020-10-21' },
    });
    const second = template.fill({
      path: '/articles/b',
      html: '<h1>B</h1>',
      title: 'B · Broadsheet',
      meta: { description: 'About B.', ogTitle: 'B', publishedDate: '2021-01-02' },
    });
    expect(first).toContain('<div id="root" data-prerendered="/articles/a"><h1>A</h1></div>');
    expect(first).toContain('<meta name="description" content="About A." />');
    expect(first).toContain('<meta property="og:type" content="article" />');
    expect(first).toContain('<meta property="og:title" content="A" />');
    expect(first).toContain('<meta property="article:published_time" content="2020-10-21" />');
    expect(first).not.toContain('News to read.');
    expect(second).toContain('<title>B · Broadsheet</title>');
    expect(second).toContain('<meta property="og:description" content="About B." />');
    expect(second).not.toContain('About A.');
  });

  it('escapes what an article says in the head: quotes and ampersands stay text, never markup', () => {
    const html = pageTemplate(built).fill({
      path: '/articles/a',
      html: '',
      title: null,
      meta: { description: 'He said "no" & <b>left</b>', ogTitle: '"Quoted" title' },
    });
    expect(html).toContain('<meta name="description" content="He said &quot;no&quot; &amp; &lt;b&gt;left&lt;/b&gt;" />');
    expect(html).toContain('<meta property="og:title" content="&quot;Quoted&quot; title" />');
    expect(html).toContain('<meta property="og:type" content="website" />');
  });

  it('keeps the template title when the page has none, and markup with $ patterns as written', () => {
    const html = pageTemplate(built).fill({ path: '/', html: '<p>$& costs $1</p>', title: null });
    expect(html).toContain('<title>Broadsheet</title>');
    expect(html).toContain('<div id="root" data-prerendered="/"><p>$& costs $1</p></div>');
  });

  it('refuses a template it cannot fill: no empty root, no boot script, no description, no single entry', () => {
    expect(() => pageTemplate('<div id="app"></div>')).toThrow(/no <div id="root"><\/div>/);
    expect(() => pageTemplate('<div id="root"></div>')).toThrow(/boot script/);
    expect(() => pageTemplate(`<div id="root"></div>${CODE_FILES_PLACEHOLDER}`)).toThrow(/description/);
    expect(() => pageTemplate(`<meta name="description" content="" /><div id="root"></div>${CODE_FILES_PLACEHOLDER}`)).toThrow(/found 0/);
  });
});
