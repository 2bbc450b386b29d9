/**
 * Derives the compact topic list that Broadsheet ships from IPTC's full Media Topics file.
 *
 *   npx tsx scripts/derive-taxonomy.ts <path to cptall-en-US.json>
 *
 * Keeps the 1,160 active concepts with what ingest and the reader use (qcode, label, definition,
 * broader topic, depth, URL slug) and the IPTC credit that the CC BY 4.0 licence asks for.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { topicSlug } from '../src/ingest/taxonomy/topic-slug';

type IptcConcept = {
  qcode: string;
  retired?: string;
  prefLabel: Record<string, string>;
  definition?: Record<string, string>;
  broader?: string[];
};

const source = process.argv[2];
if (!source) {
  console.error('usage: npx tsx scripts/derive-taxonomy.ts <cptall-en-US.json>');
  process.exit(2);
}
const full = JSON.parse(readFileSync(source, 'utf8')) as { dateReleased: string; conceptSet: IptcConcept[] };
const qcodeOfUri = (uri: string) => `medtop:${uri.split('/').pop()}`;
const active = full.conceptSet.filter((concept) => !concept.retired);
const byQcode = new Map(active.map((concept) => [concept.qcode, concept]));

function depth(concept: IptcConcept): number {
  let levels = 0;
  let current: IptcConcept | undefined = concept;
  while (current?.broader?.[0]) {
    levels += 1;
    current = byQcode.get(qcodeOfUri(current.broader[0]));
  }
  return levels;
}

const topics = active.map((concept) => ({
  qcode: concept.qcode,
  label: concept.prefLabel['en-US'] ?? concept.qcode,
  definition: concept.definition?.['en-US'] ?? '',
  broader: concept.broader?.[0] ? qcodeOfUri(concept.broader[0]) : null,
  depth: depth(concept),
  slug: topicSlug(concept.prefLabel['en-US'] ?? concept.qcode),
}));

const slugs = new Set<string>();
for (const topic of topics) {
  // Two concepts with one label would make /topics/<slug> ambiguous: tell them apart by qcode.
  if (slugs.has(topic.slug)) topic.slug = `${topic.slug}-${topic.qcode.slice('medtop:'.length)}`;
  slugs.add(topic.slug);
}

const out = {
  credit:
    'Topic names, codes and definitions: IPTC Media Topics (' +
    full.dateReleased.slice(0, 10) +
    '), by IPTC, the International Press Telecommunications Council (https://iptc.org), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Derived: retired concepts left out, fields reduced, URL slugs added.',
  topics,
};
const target = fileURLToPath(new URL('../src/ingest/taxonomy/iptc-media-topics.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${topics.length} topics to ${target}`);
