/**
 * Small closed word classes of English news writing that name rules need and compromise does not
 * expose as such. No names of people, bodies or places here: those come from compromise.
 */

/** Titles and honorifics written before a name; never part of the name itself. */
export const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt',
  'corporal', 'private', 'admiral', 'commander', 'commodore', 'marshal', 'brigadier',
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'councillor', 'councilor', 'alderman',
  'judge', 'justice', 'magistrate', 'inspector', 'detective', 'constable', 'superintendent', 'sheriff',
  'chief', 'officer', 'father', 'rev', 'reverend', 'pastor', 'rabbi', 'imam', 'bishop', 'archbishop',
  'cardinal', 'pope', 'sheikh', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'chancellor',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'coach', 'manager', 'ambassador', 'deputy',
  'mp', 'mep', 'msp', 'mla', 'spokesperson', 'spokesman', 'spokeswoman', 'editor', 'speaker', 'premier',
  'dean', 'principal', 'headteacher', 'nurse', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'st.', 'sr', 'jr',
  'secretary-general', 'director-general', 'attorney', 'auditor', 'commissioner', 'ombudsman', 'executive',
  'ceo', 'founder', 'leader', 'head', 'sister', 'brother', 'nurse', 'dr', 'sheriff', 'cllr', 'supt', 'insp', 'det', 'pc', 'sgt'
]);

/** Titles that say a person's gender. */
export const GENDERED_WORDS: Record<string, 'm' | 'f'> = {
  mr: 'm', 'mr.': 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', duke: 'm', father: 'm',
  spokesman: 'm', chairman: 'm', congressman: 'm', businessman: 'm',
  mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f',
  duchess: 'f', spokeswoman: 'f', chairwoman: 'f', congresswoman: 'f', businesswoman: 'f',
};

/** Name words that join capitalised words into one name ("Ministry of Defence", "Ludwig van Beethoven"). */
export const NAME_JOINERS = new Set(['of', 'for', 'de', 'du', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'el']);

/**
 * Heads of organisation names that compromise's list of organisation words lacks (it has "council",
 * "university", "ministry"...): political, sporting and trading bodies.
 */
export const EXTRA_ORG_WORDS = new Set([
  'party', 'parliament', 'assembly', 'senate', 'congress', 'court', 'alliance', 'movement', 'front', 'league',
  'trust', 'network', 'chamber', 'forum', 'forces', 'navy', 'brigade', 'regiment', 'airline', 'railway',
  'railways', 'rail', 'transit', 'freight', 'logistics', 'shipping', 'foods', 'farms', 'studios', 'records',
  'mining', 'steel', 'cooperative', 'co-op', 'union', 'fc', 'united', 'rovers', 'athletic', 'wanderers',
  'academy', 'commons', 'caucus', 'cabinet', 'presidency', 'tribune', 'courier', 'gazette', 'observer',
  'inquirer', 'watch', 'initiative', 'project', 'lab', 'labs', 'partners', 'bank', 'exchange', 'agency',
  'office', 'inspectorate', 'secretariat', 'council', 'theatre', 'opera', 'ballet', 'festival', 'institute',
  'hospital', 'trust', 'services', 'group', 'society', 'federation', 'association',
]);

/** First words of place names ("Port Adley", "Mount Kell", "Lake Orin"). */
export const PLACE_FIRST_WORDS = new Set(['port', 'mount', 'lake', 'fort', 'saint', 'st', 'cape', 'isle', 'glen', 'north', 'south', 'east', 'west', 'upper', 'lower', 'new']);

/** Extra place heads ("Port", "Harbour", "Square"). */
export const EXTRA_PLACE_WORDS = new Set(['port', 'harbour', 'harbor', 'square', 'quarter', 'hills', 'heath', 'moor', 'moors', 'marsh', 'fields', 'bridge', 'vale', 'wood', 'ford', 'mouth', 'haven', 'point', 'bight', 'firth', 'loch', 'channel', 'fens', 'isles', 'skerries', 'sands', 'flats']);

/** Common nouns for bodies that stand before a body's name ("the campaign group Coastwatch Vellmark"). */
export const BODY_TYPE_WORDS = new Set(['group', 'company', 'firm', 'charity', 'organisation', 'organization', 'agency', 'party', 'union', 'club', 'bank', 'operator', 'start-up', 'startup', 'broadcaster', 'newspaper', 'retailer', 'lender', 'insurer', 'developer', 'consortium', 'fund', 'regulator', 'watchdog', 'coalition', 'alliance', 'movement', 'network', 'airline', 'manufacturer', 'maker', 'supplier', 'chain', 'publisher', 'institute', 'thinktank', 'think-tank', 'body', 'team', 'side', 'outfit', 'label', 'band']);

/** Prepositions before a place ("in Morvaine", "near Tarrow"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'throughout', 'towards', 'toward', 'inside', 'into', 'to', 'from']);

export const PERSON_PRONOUNS: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };
