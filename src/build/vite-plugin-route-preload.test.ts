import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { alwaysFirstData, paramPatterns, routeTable } from '../app/routes/route-table';
import { BOOT_SCRIPT_PLACEHOLDER } from './boot-script';
import { routeFiles, routePreloadPlugin } from './vite-plugin-route-preload';

function chunk(fileName: string, imports: string[], extra: Record<string, unknown> = {}): Rollup.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    imports,
    isEntry: false,
    facadeModuleId: null,
    moduleIds: [],
    ...extra,
  } as unknown as Rollup.OutputChunk;
}

describe('routeFiles', () => {
  it('lists the route chunk, the chunks it imports that the entry does not, and their CSS', () => {
    const bundle = {
      entry: chunk('assets/index.js', ['assets/shared.js'], { isEntry: true }),
      shared: chunk('assets/shared.js', []),
      route: chunk('assets/list.js', ['assets/shared.js', 'assets/button.js'], {
        facadeModuleId: '/repo/src/app/routes/list-page.tsx',
        viteMetadata: { importedCss: new Set(['assets/list.css']), importedAssets: new Set() },
      }),
      button: chunk('assets/button.js', [], { viteMetadata: { importedCss: new Set(['assets/button.css']), importedAssets: new Set() } }),
      other: chunk('assets/article.js', ['assets/shared.js'], { facadeModuleId: '/repo/src/features/articles/article/article-page.tsx' }),
    } as unknown as Rollup.OutputBundle;
    expect(routeFiles(bundle, 'src/app/routes/list-page.tsx')).toEqual([
      'assets/list.js',
      'assets/list.css',
      'assets/button.js',
      'assets/button.css',
    ]);
  });

  it('lists nothing when the route is not in the bundle', () => {
    expect(routeFiles({} as Rollup.OutputBundle, 'src/missing.tsx')).toEqual([]);
  });

  it('draws the boot script into index.html from the route table, with each view’s page and data modules under the base path', () => {
    const bundle = {
      entry: chunk('assets/index.js', [], { isEntry: true }),
      list: chunk('assets/list.js', [], { facadeModuleId: `/repo/${routeTable.list.pageModule}` }),
      article: chunk('assets/article.js', [], { facadeModuleId: `/repo/${routeTable.article.pageModule}` }),
      slugs: chunk('assets/person-slug.js', [], { moduleIds: [`/repo/${routeTable.article.dataModules[0]}`] }),
    } as unknown as Rollup.OutputBundle;
    const plugin = routePreloadPlugin({ views: Object.values(routeTable), paramPatterns, alwaysData: alwaysFirstData, dataPath: 'data' });
    (plugin.configResolved as (config: { base: string }) => void)({ base: '/news/' });
    const { handler } = plugin.transformIndexHtml as { handler: (html: string, context: { bundle?: Rollup.OutputBundle }) => string };
    const html = handler(`<body>${BOOT_SCRIPT_PLACEHOLDER}</body>`, { bundle });
    expect(html).not.toContain(BOOT_SCRIPT_PLACEHOLDER);
    expect(html).toContain('"files":["/news/assets/list.js"]');
    // The article's route loads the slug code with its data: preloaded with the page.
    expect(html).toContain('"files":["/news/assets/article.js","/news/assets/person-slug.js"]');
    // In development there is no bundle: data only.
    expect(handler(BOOT_SCRIPT_PLACEHOLDER, {})).not.toContain('/news/assets/');
  });

  it('refuses an index.html without the boot script’s place', () => {
    const plugin = routePreloadPlugin({ views: [], paramPatterns: {}, alwaysData: [], dataPath: 'data' });
    const { handler } = plugin.transformIndexHtml as { handler: (html: string, context: object) => string };
    expect(() => handler('<body></body>', {})).toThrow(BOOT_SCRIPT_PLACEHOLDER);
  });
});
