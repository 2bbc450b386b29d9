// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { alwaysFirstData, paramPatterns, routeTable, type View } from '../app/routes/route-table';
import { BOOT_SCRIPT_PLACEHOLDER, bootRoutes, bootScript } from './boot-script';

/** Each view's code files, as a build would list them: its page module's name under /news/assets/. */
const filesOf = (view: View) => [`/news/assets/${view.pageModule.split('/').pop()!.replace('.tsx', '.js')}`];
const script = bootScript({
  routes: bootRoutes(Object.values(routeTable), paramPatterns, filesOf),
  alwaysData: alwaysFirstData,
  base: '/news/',
  dataPath: 'data',
});

/** Runs the boot script at `url` on an index.html whose root holds nothing drawn; what it asked for, once it is done. */
async function preloadsAt(url: string): Promise<string[]> {
  window.history.replaceState(null, '', url);
  document.head.innerHTML = '';
  document.body.innerHTML = '<div id="root"></div>';
  new Function(script.replace('/* code-files */ []', '["/news/assets/index.js"]'))();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return [...document.head.querySelectorAll('link, script')].map((element) => element.getAttribute('href') ?? element.getAttribute('src')!);
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the boot script, generated from the route table', () => {
  it('preloads the list’s first data and code on the list', async () => {
    expect(await preloadsAt('/news/')).toEqual([
      '/news/assets/index.js',
      '/news/data/index/manifest.json',
      '/news/data/index/cards/0.json',
      '/news/assets/list-page.js',
    ]);
  });

  it('preloads an article’s own file and the article view on its address', async () => {
    expect(await preloadsAt('/news/articles/world-2020-nato?utm_source=x')).toEqual([
      '/news/assets/index.js',
      '/news/data/index/manifest.json',
      '/news/data/articles/world-2020-nato.json',
      '/news/assets/article-page.js',
    ]);
  });

  it('preloads the list’s code on a topic page, and nothing of a view for an id that cannot exist', async () => {
    expect(await preloadsAt('/news/topics/politics')).toContain('/news/assets/list-page.js');
    expect(await preloadsAt('/news/articles/Not_An_Id')).toEqual(['/news/assets/index.js', '/news/data/index/manifest.json']);
  });
});

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');

/** Every source file outside tests, with its code (comments left out). */
function sources(): Array<[string, string]> {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$|testing\//.test(file))
    .map((file) => [file, withoutComments(readFileSync(`src/${file}`, 'utf8'))]);
}

describe('facts written once', () => {
  it('index.html has no boot script of its own: only the place the build draws it into', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(BOOT_SCRIPT_PLACEHOLDER);
    expect(html).not.toMatch(/data\/|articles\/|a-z0-9/);
  });

  it('the article-id pattern is in src/article/article-id-format.ts alone', () => {
    // The generated validators (npm run schema) copy it from the schema, which takes it from there.
    const holders = sources().filter(([file, text]) => !file.includes('.generated.') && text.includes('[a-z0-9]+(?:-[a-z0-9]+)*'));
    expect(holders.map(([file]) => file)).toEqual(['article/article-id-format.ts']);
  });

  it('data paths are in src/data/data-files.ts alone', () => {
    // A quoted path into ingest's output: index/<anything> or articles/<file>.json.
    const dataPath = /['"`](?:index\/|articles\/[^'"`]*\.json)/;
    const holders = sources().filter(([, text]) => dataPath.test(text));
    expect(holders.map(([file]) => file)).toEqual(['data/data-files.ts']);
  });

  it('URL patterns are in src/ui/paths.ts alone', () => {
    const urlPattern = /['"`]\/(?:topics|saved|articles)\b/;
    const holders = sources().filter(([, text]) => urlPattern.test(text));
    expect(holders.map(([file]) => file)).toEqual(['ui/paths.ts']);
  });
});
