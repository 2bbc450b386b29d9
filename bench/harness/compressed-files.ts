import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type OutputFiles = {
  fileCount: number;
  totalMB: number;
  totalCompressedMB: number;
  largestFile: string;
  largestFileKB: number;
  /** Files over 1 MB gzip-compressed: the budget allows none. */
  filesOver1MB: string[];
};

const MIB = 1024 * 1024;

/**
 * Every file of the built site, gzip-compressed at the level the static server uses (zlib's
 * default), so "no file over 1 MB compressed" is checked on what a CDN would send.
 */
export function compressedFiles(dir: string): OutputFiles {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const result: OutputFiles = {
    fileCount: files.length,
    totalMB: 0,
    totalCompressedMB: 0,
    largestFile: '',
    largestFileKB: 0,
    filesOver1MB: [],
  };
  let largest = 0;
  for (const entry of files) {
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    const compressed = gzipSync(bytes).length;
    result.totalMB += bytes.length / MIB;
    result.totalCompressedMB += compressed / MIB;
    if (compressed > largest) {
      largest = compressed;
      result.largestFile = relative(dir, path);
    }
    if (compressed > MIB) result.filesOver1MB.push(relative(dir, path));
  }
  result.largestFileKB = largest / 1024;
  return result;
}
