/**
 * The words the learned topic model reads: lower-cased letters-first runs ("covid-19", "o'neill"), curly
 * apostrophes made straight and a possessive "'s" dropped. Numbers alone say nothing about a topic. The training
 * script and ingest share this function, so the model sees text the way it was trained.
 */
export function topicTokens(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/\p{L}[\p{L}\p{N}'-]*/gu) ?? [];
  return words.map((word) => word.replace(/'s$|'$|-+$/, ''));
}
