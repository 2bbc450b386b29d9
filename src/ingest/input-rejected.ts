/**
 * Thrown when one input file cannot become an article. The per-file boundary in ingest-file.ts
 * catches it and reports `<path>: <reason>`; the rest of the corpus carries on.
 */
export class InputRejected extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InputRejected';
  }
}
