import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes only when the content differs, so a re-run that changes nothing touches nothing: static
 * hosts and CDNs keep their caches, and incremental builds stay fast.
 */
export async function writeFileIfChanged(path: string, content: string): Promise<boolean> {
  const existing = await readFile(path, 'utf8').catch(() => null);
  if (existing === content) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return true;
}
