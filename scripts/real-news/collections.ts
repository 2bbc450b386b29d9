/**
 * Where the real evaluation set comes from: public repositories whose articles the project may redistribute
 * (US federal works in the public domain; Wikinews articles of 2004-05, released into the public domain).
 * Departments' news releases (Treasury) bring what the GSA blogs lack: attributed quotations from named officials.
 * Each collection names the exact commit read, how many articles to take and how to address each one.
 */
import type { FrontMatter } from './markdown-to-text';

export type Collection = {
  /** folder under tests/eval/real/articles/ */
  key: string;
  repo: string;
  commit: string;
  publisher: string;
  licence: string;
  /** how many articles to take (the ones whose URL hashes lowest, see select-articles.ts) */
  take: number;
} & (
  | { format: 'wikinews-jsonl'; path: string }
  | {
      format: 'markdown';
      /** which files of the tree are posts */
      pattern: RegExp;
      url: (meta: FrontMatter, path: string) => string | null;
      /** the publisher's own section: a category or tag of the post, or the folder it is filed in */
      section: (meta: FrontMatter, path: string) => string;
      /** posts whose Markdown body matches are not candidates (see the collection for why) */
      exclude?: RegExp;
    }
);

const datePath = (meta: FrontMatter, path: string): string | null => {
  const date = /(\d{4})-(\d{2})-(\d{2})/.exec(String(meta.date ?? '')) ?? /(\d{4})-(\d{2})-(\d{2})/.exec(path);
  return date ? `${date[1]}/${date[2]}/${date[3]}` : null;
};
const slugOf = (meta: FrontMatter, path: string): string =>
  String(meta.slug ?? (path.split('/').pop() ?? '').replace(/\.md$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, ''));
const first = (value: unknown): string => {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const head = list.map((item) => String(item).trim()).find(Boolean);
  return head ? head.replace(/-/g, ' ') : 'general';
};

export const collections: Collection[] = [
  {
    key: 'wikinews',
    repo: 'airKlizz/WikinewsSum',
    commit: '1d985031625909c908766812e8a18d0c88116ec8',
    path: 'endataset.json',
    format: 'wikinews-jsonl',
    publisher: 'Wikinews',
    licence: 'Public domain (Wikinews articles published before 25 September 2005 were released into the public domain)',
    take: 60,
  },
  {
    key: 'pclob',
    repo: '18F/pclob',
    commit: '331e90c1e07109509b5bed4f46e9db1a9abfdce8',
    format: 'markdown',
    pattern: /^_posts\/.*\.md$/,
    url: (meta) => (typeof meta.permalink === 'string' ? `https://www.pclob.gov${meta.permalink}` : null),
    section: (meta) => first(meta.category),
    publisher: 'Privacy and Civil Liberties Oversight Board',
    licence: 'Public domain (work of the US federal government, 17 USC 105; repository CC0)',
    take: 40,
  },
  {
    key: '18f',
    repo: '18F/18f.gsa.gov',
    commit: '0a55c75e6d9bc71c80136a3867dac52356177443',
    format: 'markdown',
    pattern: /^content\/posts\/\d{4}-\d{2}-\d{2}-.*\.md$/,
    url: (meta, path) => {
      const date = datePath(meta, path);
      return date ? `https://18f.gsa.gov/${date}/${slugOf(meta, path)}/` : null;
    },
    section: (meta) => first(meta.tags),
    publisher: '18F (US General Services Administration)',
    licence: 'Public domain (work of the US federal government, 17 USC 105)',
    take: 85,
  },
  {
    key: 'digitalgov',
    repo: 'GSA/digitalgov.gov',
    commit: '4979583206d90ff1707b097454a9b169ca9e95e4',
    format: 'markdown',
    pattern: /^content\/news\/\d{4}\/\d{2}\/.*\.md$/,
    url: (meta, path) => {
      const date = datePath(meta, path);
      return date ? `https://digital.gov/${date}/${slugOf(meta, path)}/` : null;
    },
    section: (meta) => first(meta.topics),
    publisher: 'Digital.gov (US General Services Administration)',
    licence: 'Public domain (work of the US federal government, 17 USC 105; repository CC0)',
    take: 120,
  },
  {
    key: 'section508',
    repo: 'GSA/Section508.gov',
    commit: '65b63a1e9137e69f5b3893a0942b98e462b95d65',
    format: 'markdown',
    pattern: /^_posts\/.*\.md$/,
    url: (meta) => (typeof meta.permalink === 'string' ? `https://www.section508.gov/${meta.permalink.replace(/^\//, '')}` : null),
    section: (meta) => first(meta.tags),
    publisher: 'Section508.gov (US General Services Administration)',
    licence: 'Public domain (work of the US federal government, 17 USC 105)',
    take: 30,
  },
  {
    key: 'treasury',
    repo: 'US-Department-of-the-Treasury/home.treasury.gov',
    commit: '0bac2ea18e2cb11c1e1df78ce60a990a26e70183',
    format: 'markdown',
    // The newsroom's sections; the site's own folder names them (press releases, statements and remarks, readouts...).
    pattern: /^content\/news\/(press-releases|statements-remarks|readouts|featured-stories|testimonies)\/\d{4}-.*\.md$/,
    url: (meta) => (typeof meta.url === 'string' ? `https://home.treasury.gov${meta.url}` : null),
    section: (_meta, path) => (path.split('/')[2] ?? 'news').replace(/-/g, ' '),
    // Releases migrated from the old site are marked "(Archived Content)"; the migration lost most of their quote marks
    // ("..., said Adam Szubin.We are taking action") and the spaces after full stops, so they are left out.
    exclude: /\(Archived Content\)/,
    publisher: 'US Department of the Treasury',
    licence: 'Public domain (work of the US federal government, 17 USC 105; repository CC0)',
    take: 30,
  },
];
