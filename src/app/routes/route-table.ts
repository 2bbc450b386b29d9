/**
 * The reader's views: which URLs each answers, which module draws it and which data files its first view
 * needs. The one table the router (app-routes.tsx, through each view's route module), view preloading,
 * the build's preload map (vite.config.ts) and index.html's boot script (src/build/boot-script.ts,
 * generated from this table) all read. The build imports it in Node: relative imports of plain modules only.
 */
import { URL_SLUG_SOURCE } from '../../article/article-id-format.ts';
import { dataFiles } from '../../data/data-files.ts';
import { routePaths } from '../../ui/paths.ts';

export type ViewPath = {
  /** A react-router pattern, relative to the site's base (src/ui/paths.ts). */
  path: string;
  /**
   * The data files (src/data/data-files.ts) the first view at this path reads, fetched by the boot script
   * beside the code; a `:name` in one is the URL's parameter of that name.
   */
  firstData: readonly string[];
};

export type View = {
  /** The module whose default-less `Page` export draws the view; the build preloads its chunk on its URLs. */
  pageModule: string;
  /** Modules the view's route loads with its data (dynamic imports of its `load`): preloaded with its page. */
  dataModules?: readonly string[];
  paths: readonly ViewPath[];
};

export const routeTable = {
  list: {
    pageModule: 'src/app/routes/list-page.tsx',
    paths: [
      { path: routePaths.list, firstData: [dataFiles.manifest, dataFiles.cardsChunk(0)] },
      { path: routePaths.topic, firstData: [dataFiles.manifest] },
    ],
  },
  saved: {
    pageModule: 'src/features/saved/saved-page.tsx',
    paths: [{ path: routePaths.saved, firstData: [dataFiles.manifest] }],
  },
  article: {
    pageModule: 'src/app/routes/article-page.tsx',
    dataModules: ['src/article/person-slug.ts'],
    paths: [{ path: routePaths.article, firstData: [dataFiles.manifest, dataFiles.article(':id')] }],
  },
  people: {
    pageModule: 'src/features/people/people-page.tsx',
    paths: [{ path: routePaths.people, firstData: [dataFiles.manifest, dataFiles.people] }],
  },
  person: {
    pageModule: 'src/features/people/person-page.tsx',
    paths: [{ path: routePaths.person, firstData: [dataFiles.manifest, dataFiles.person(':slug')] }],
  },
} as const satisfies Record<string, View>;

export type ViewName = keyof typeof routeTable;

/**
 * What a path parameter must look like, where the router's "any one segment" is too wide: an address
 * whose article id cannot exist is not worth preloading anything for.
 */
export const paramPatterns: Readonly<Record<string, string>> = { id: URL_SLUG_SOURCE };

/** Data every first view reads, whatever its address (the not-found page's frame included). */
export const alwaysFirstData: readonly string[] = [dataFiles.manifest];
