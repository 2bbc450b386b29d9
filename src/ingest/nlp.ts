import { createRequire } from 'node:module';
import type compromise from 'compromise';

/**
 * compromise, the NLP library, from its one-file CommonJS build. Its ES module entry is some 450 source
 * files, and ingest runs under the TypeScript loader (tsx), whose hooks every one of them goes through:
 * 1.2-1.35 s of a core to load in each worker thread and each run of the CLI, against 0.4-0.55 s for the
 * build, which its authors make from the same source for the same version.
 */
export const nlp = createRequire(import.meta.url)('compromise') as typeof compromise;
