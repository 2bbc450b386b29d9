import type { HeaderRule } from './header-policy.ts';

/** The file Netlify and Cloudflare Pages read their response headers from, in the site's root. */
export const HEADERS_FILE = '_headers';

/** Rules as a `_headers` file: each path on a line of its own, its headers indented below it. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((line) => `# ${line}`);
  for (const { path, headers } of rules) {
    lines.push(path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A `_headers` file read back, as scripts/serve.ts does: the subset of the syntax formatHeadersFile
 * writes (comments, paths, indented `Name: value` lines). Anything else is an error naming the line,
 * never skipped: a header left out would be a policy silently not applied.
 */
export function parseHeadersFile(text: string, file = HEADERS_FILE): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (/^\S/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${where}: a path must start with /, not "${line}"`);
      rules.push({ path: line.trim(), headers: {} });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (!header) throw new Error(`${where}: expected "Name: value", not "${line.trim()}"`);
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path`);
    rule.headers[header[1]!] = header[2]!;
  });
  return rules;
}
