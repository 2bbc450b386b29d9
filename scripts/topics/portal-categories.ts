/**
 * Wikipedia's Current events portal files each day's items under one of ten headings. Each heading is mapped onto
 * the IPTC Media Topics top level (medtop:01000000 ... 17000000); this table is the whole of the labelling.
 *
 * - Two headings are one IPTC topic: "Politics and elections" and "International relations" are both politics
 *   (IPTC files diplomacy, treaties and international organisations under politics, medtop:11000000).
 * - One heading is two IPTC topics: "Health and environment" covers health (07000000) and environment (06000000).
 *   The model keeps it as one class; ingest shares that class's probability between the two by the taxonomy's and
 *   word lists' evidence for each (src/ingest/understand/topics.ts).
 * - "Armed conflicts and attacks" is conflict, war and peace (16000000), terror attacks included, as in IPTC.
 * The portal has no heading for education, labour, religion, society, lifestyle, human interest or weather.
 * Misspelt one-off headings ("Business and econony", "Attacks and armed conflicts") are mapped too.
 */
export const PORTAL_CATEGORIES: Record<string, readonly string[]> = {
  'armed conflicts and attacks': ['medtop:16000000'],
  'attacks and armed conflicts': ['medtop:16000000'],
  'arts and culture': ['medtop:01000000'],
  'business and economy': ['medtop:04000000'],
  'business and econony': ['medtop:04000000'],
  'disasters and accidents': ['medtop:03000000'],
  'disaster and accidents': ['medtop:03000000'],
  'disasters and incidents': ['medtop:03000000'],
  'health and environment': ['medtop:07000000', 'medtop:06000000'],
  'international relations': ['medtop:11000000'],
  'law and crime': ['medtop:02000000'],
  'politics and elections': ['medtop:11000000'],
  'science and technology': ['medtop:13000000'],
  sports: ['medtop:15000000'],
};
