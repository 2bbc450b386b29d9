/**
 * Whether a speaker ingest gave is the labelled one. The labels write a body as the text words it, with its article
 * ("the Project on Government Oversight", LABELLING.md), where ingest names it as the entity it found ("Project on
 * Government Oversight"); both name the same speaker, so a leading "the" is not compared. Nothing else is forgiven:
 * "a representative" is not "a representative from the Mississippi project team".
 */
export function sameSpeaker(found: string | null, labelled: string | null): boolean {
  if (found === null || labelled === null) return found === labelled;
  return withoutArticle(found) === withoutArticle(labelled);
}

const withoutArticle = (name: string): string => name.replace(/\s+/g, ' ').trim().replace(/^the /i, '');
