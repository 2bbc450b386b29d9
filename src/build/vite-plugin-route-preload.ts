import type { Plugin, Rollup } from 'vite';
import type { View } from '../app/routes/route-table.ts';
import { BOOT_SCRIPT_PLACEHOLDER, bootRoutes, bootScript } from './boot-script.ts';

export type RoutePreloadOptions = {
  /** The route table (src/app/routes/route-table.ts). */
  views: readonly View[];
  paramPatterns: Readonly<Record<string, string>>;
  alwaysData: readonly string[];
  /** Where the data files are served, below the base (src/data/data-files.ts). */
  dataPath: string;
};

/**
 * Writes index.html's boot script (src/build/boot-script.ts) from the route table, in place of its
 * placeholder. Each view's code is a lazy route (split from the entry), so the browser would only ask for
 * it once the entry has run: a second round trip before the page. In a build, the script lists each view's
 * page chunk files (its own JS and CSS and the chunks it imports that the entry does not), which it preloads
 * on that view's URLs only, beside the entry and the first data. In development it preloads data only.
 */
export function routePreloadPlugin({ views, paramPatterns, alwaysData, dataPath }: RoutePreloadOptions): Plugin {
  let base = '/';
  return {
    name: 'broadsheet-route-preload',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!html.includes(BOOT_SCRIPT_PLACEHOLDER)) throw new Error(`index.html has no ${BOOT_SCRIPT_PLACEHOLDER}`);
        const filesOf = (view: View) =>
          bundle
            ? [...new Set([view.pageModule, ...(view.dataModules ?? [])].flatMap((module) => routeFiles(bundle, module)))].map(
                (file) => base + file,
              )
            : [];
        const script = bootScript({ routes: bootRoutes(views, paramPatterns, filesOf), alwaysData, base, dataPath });
        return html.replace(BOOT_SCRIPT_PLACEHOLDER, () => `<script>\n${script}\n    </script>`);
      },
    },
  };
}

/** The route chunk's JS and CSS, and those of the chunks it imports statically, minus what the entry loads. */
export function routeFiles(bundle: Rollup.OutputBundle, routeModule: string): string[] {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  // A dynamically imported module shared with other chunks may be in a chunk that is not its facade.
  const route =
    chunks.find((chunk) => chunk.facadeModuleId?.endsWith(routeModule)) ??
    chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(routeModule)));
  if (!route) return [];
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loadedByEntry = new Set<string>();
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) collect(entry, byName, loadedByEntry);
  const needed = new Set<string>();
  collect(route, byName, needed);
  const files: string[] = [];
  for (const name of needed) {
    if (loadedByEntry.has(name)) continue;
    const chunk = byName.get(name)!;
    files.push(name, ...(chunk.viteMetadata?.importedCss ?? []));
  }
  return files;
}

function collect(chunk: Rollup.OutputChunk, byName: ReadonlyMap<string, Rollup.OutputChunk>, into: Set<string>): void {
  if (into.has(chunk.fileName)) return;
  into.add(chunk.fileName);
  for (const name of chunk.imports) {
    const imported = byName.get(name);
    if (imported) collect(imported, byName, into);
  }
}
