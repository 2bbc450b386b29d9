import type { Plugin, Rollup } from 'vite';

/** The text in index.html's boot script that this plugin replaces with a route's files (a comment naming it, then []). */
export const routeFilesPlaceholder = (name: string) => `/* ${name}-route-files */ []`;

/**
 * Each view's code is a lazy route (split from the entry), so the browser would only ask for it once the
 * entry has run: a second round trip before the page. The build writes each named route chunk's files (its
 * own JS and CSS and the chunks it imports that the entry does not) into index.html's boot script, which
 * preloads them on that route's URLs only, beside the entry and the first data.
 */
export function routePreloadPlugin({ routes }: { routes: Record<string, string> }): Plugin {
  let base = '/';
  return {
    name: 'broadsheet-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        let filled = html;
        for (const [name, routeModule] of Object.entries(routes)) {
          const files = routeFiles(bundle, routeModule).map((file) => base + file);
          filled = filled.replace(routeFilesPlaceholder(name), () => JSON.stringify(files));
        }
        return filled;
      },
    },
  };
}

/** The route chunk's JS and CSS, and those of the chunks it imports statically, minus what the entry loads. */
export function routeFiles(bundle: Rollup.OutputBundle, routeModule: string): string[] {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  const route = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(routeModule));
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
