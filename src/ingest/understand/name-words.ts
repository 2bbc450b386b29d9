import anyAscii from 'any-ascii';
/**
 * Small closed word classes of English news writing that name rules need and compromise does not
 * expose as such. No names of people, bodies or places here: those come from compromise.
 */

/**
 * A name's word as names are matched: without its accents. A surname is often written without them after the full
 * name had them ("said Saint-Andre" of "Philippe Saint-André", "Soren" of "Søren"); the name shown keeps what the text
 * wrote. Folded to plain letters with any-ascii, as article ids are (article-id.ts).
 */
export const matchingForm = (word: string): string => anyAscii(word);

/**
 * Nouns for a nation's people that the lexicon does not know as such, some of them also first names: after "the"
 * ("the Scot", "the Finn") they say who someone is, not their name.
 */
export const NATIONALITY_NOUNS = new Set([
  'scot',
  'brit',
  'briton',
  'kiwi',
  'aussie',
  'swede',
  'dane',
  'finn',
  'pole',
  'turk',
  'serb',
  'croat',
  'czech',
  'slovak',
  'slovene',
  'swiss',
  'greek',
  'spaniard',
  'argentine',
  'basque',
  'catalan',
  'thai',
  'filipino',
  'filipina',
]);

/**
 * Whether a word ending in "man" is built of a word and "man" ("Frenchman", "batsman", "seaman"), not a given name
 * ("Salman", "Rahman", "Osman"): four letters or more before "man", or one of the short words that make such nouns.
 */
export function isManCompound(word: string): boolean {
  const stem = /^(\p{L}*?)(?:wo)?man$/u.exec(word.toLowerCase())?.[1];
  return stem !== undefined && (stem.length >= 4 || SHORT_MAN_STEMS.has(stem));
}
const SHORT_MAN_STEMS = new Set(['sea', 'gun', 'hit', 'bar', 'con', 'bin', 'bow', 'axe', 'air', 'ice', 'oil', 'car', 'cab', 'van', 'lay']);

/** A generation's mark after a name ("Martin Luther King Jr."): it ends the name, and the surname is the word before. */
export const isGenerationMark = (word: string): boolean => /^(?:jr|sr)\.?$/iu.test(word);

/** Letters after a name that say what its holder is ("Richard Marks QC", "Jane Roe MP", "Ada Byron OBE"), not who. */
export const isPostNominal = (word: string): boolean => /^(?:QC|KC|MP|MSP|MEP|MLA|TD|OBE|MBE|CBE|KBE|DBE|PhD|FRS)$/u.test(word);

/** Titles and honorifics written before a name; never part of the name itself. */
export const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'general',
  'gen',
  'colonel',
  'col',
  'major',
  'maj',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'sergeant',
  'sgt',
  'corporal',
  'private',
  'admiral',
  'commander',
  'commodore',
  'marshal',
  'brigadier',
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'gov',
  'mayor',
  'councillor',
  'councilor',
  'councilman',
  'councilwoman',
  'councilmember',
  'trustee',
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'alderman',
  'alderwoman',
  'judge',
  'justice',
  'magistrate',
  'inspector',
  'detective',
  'constable',
  'superintendent',
  'sheriff',
  'chief',
  'officer',
  'father',
  'rev',
  'reverend',
  'pastor',
  'rabbi',
  'imam',
  'bishop',
  'archbishop',
  'cardinal',
  'pope',
  'sheikh',
  'shaikh',
  'sheik',
  'highness',
  'alhaji',
  'alhaja',
  'madam',
  'sheikha',
  'emir',
  'king',
  'queen',
  'prince',
  'princess',
  'duke',
  'duchess',
  'chancellor',
  // "Incumbent Bayly, who is already in Parliament, said": the seat's holder, as a title.
  'incumbent',
  // An engineer's title in East and West Africa: "Eng. Kamau", "Engr. Musa Bello" ("Eng" alone is a name's word in
  // Malaysia and Cambodia: "Lim Eng Hock", "Sok Eng").
  'eng.',
  'engr',
  'engr.',
  // Ireland's prime minister and deputy prime minister: "Tánaiste Micheál Martin".
  'taoiseach',
  'tánaiste',
  'tanaiste',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'director',
  'coach',
  'manager',
  'ambassador',
  'deputy',
  'mp',
  'mep',
  'msp',
  'mla',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'editor',
  'speaker',
  'premier',
  'dean',
  'principal',
  'headteacher',
  'nurse',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'prof.',
  'st.',
  'sr',
  'jr',
  'secretary-general',
  'director-general',
  'attorney',
  'auditor',
  'commissioner',
  'ombudsman',
  'executive',
  'ceo',
  'founder',
  'leader',
  'head',
  'sister',
  'brother',
  'nurse',
  'dr',
  'sheriff',
  'cllr',
  // "Coun Ros Kayes": councillor, as some British papers shorten it.
  'coun',
  'cr',
  'supt',
  'insp',
  'det',
  'pc',
  'sgt',
]);

/** Titles that say a person's gender. */
export const GENDERED_WORDS: Record<string, 'm' | 'f'> = {
  mr: 'm',
  'mr.': 'm',
  sir: 'm',
  lord: 'm',
  king: 'm',
  prince: 'm',
  duke: 'm',
  father: 'm',
  spokesman: 'm',
  chairman: 'm',
  congressman: 'm',
  councilman: 'm',
  assemblyman: 'm',
  alderman: 'm',
  businessman: 'm',
  alhaji: 'm',
  mrs: 'f',
  'mrs.': 'f',
  madam: 'f',
  alhaja: 'f',
  ms: 'f',
  'ms.': 'f',
  miss: 'f',
  dame: 'f',
  lady: 'f',
  queen: 'f',
  princess: 'f',
  duchess: 'f',
  spokeswoman: 'f',
  chairwoman: 'f',
  congresswoman: 'f',
  councilwoman: 'f',
  assemblywoman: 'f',
  alderwoman: 'f',
  businesswoman: 'f',
};

/**
 * What a ministry or department is for, in a role before a name: "Secretary of State Antony Blinken", "Minister of
 * Health Keheliya Rambukwella", "Chancellor of the Exchequer Rachel Reeves". The words of government portfolios.
 */
export const PORTFOLIO_WORDS = new Set(
  (
    'state defense defence health education finance treasury justice interior home foreign affairs labour labor employment ' +
    'agriculture food transport transportation energy environment commerce trade industry culture sport sports youth tourism ' +
    'housing communications information broadcasting science technology highways roads works fisheries mines minerals women ' +
    'children family exchequer economy planning development veterans homeland security immigration public services social ' +
    'welfare water lands power petroleum aviation railways ports shipping investment budget revenue equality digital media ' +
    'arts heritage local government urban rural regional cooperation intelligence internal external parliamentary war navy'
  ).split(' '),
);

/**
 * Prepositions whose object a name is, not a speaker: "Lawyers for Julian Assange said", "A ruling against Google
 * said" (speech-cues.ts and resolve-speaker.ts).
 */
export const OBJECT_PREPOSITIONS = ['of', 'for', 'to', 'against', 'by', 'with', 'from', 'about', 'into', 'at', 'on', 'in', 'over', 'near'];

/**
 * Name words that join capitalised words into one name ("Ministry of Defence", "Ludwig van Beethoven", "Erik ten Hag",
 * "Lula da Silva", "Giorgio di Stefano", "Santos dos Reis").
 */
export const NAME_JOINERS = new Set([
  'of',
  'for',
  'de',
  'du',
  'da',
  'van',
  'von',
  'der',
  'den',
  'ten',
  'ter',
  'la',
  'le',
  'al',
  'bin',
  'bint',
  'ibn',
  'el',
  'di',
  'del',
  'della',
  'dos',
  'das',
]);

/** The joiners that open a surname ("van", "der", "ten", "al"); "of" and "for" join bodies' names only. */
export const SURNAME_PARTICLES = new Set([...NAME_JOINERS].filter((word) => word !== 'of' && word !== 'for'));

/** The joiners of a name that say "son of" or "daughter of" ("Abdulaziz bin Salman"): the name before is the given one. */
export const PATRONYMIC_PARTICLES = new Set(['bin', 'bint', 'ibn']);

/** Titles of address that stand only before a person's name: "Mr Park" is a man, where "King Street" is a street. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame']);

/**
 * Heads of bodies named for their subject with "on" ("Council on Foreign Relations", "Intergovernmental Panel on
 * Climate Change", "House Committee on Energy and Commerce"; "force" only in "Task Force"): after these, "on" and the
 * capitalised words that follow stay in the name. After any other word "on" ends it ("Trump on Tuesday").
 */
export const ON_SUBJECT_HEADS = new Set([
  'committee',
  'subcommittee',
  'council',
  'commission',
  'panel',
  'project',
  'conference',
  'convention',
  'treaty',
  'centre',
  'center',
  'institute',
  'force',
  'forum',
  'coalition',
  'caucus',
  'initiative',
]);

/**
 * Heads of organisation names that compromise's list of organisation words lacks (it has "council",
 * "university", "ministry", "inc", "ltd"...): political, sporting and trading bodies, and firms' legal forms.
 */
export const EXTRA_ORG_WORDS = new Set([
  // A firm's legal form: "Roy O'Connor LLP", "Harbour Holdings Pty", "Kestrel GmbH".
  'llp',
  'lp',
  'pty',
  'gmbh',
  'party',
  'parliament',
  'assembly',
  'senate',
  'congress',
  'court',
  'alliance',
  'movement',
  'front',
  'league',
  'trust',
  'network',
  'chamber',
  'forum',
  'forces',
  'navy',
  'brigade',
  'regiment',
  'airline',
  'railway',
  'railways',
  'rail',
  'transit',
  'freight',
  'logistics',
  'shipping',
  'foods',
  'farms',
  'studios',
  'records',
  'mining',
  'steel',
  'cooperative',
  'co-op',
  'union',
  'fc',
  'united',
  'rovers',
  'athletic',
  'wanderers',
  'academy',
  'commons',
  'caucus',
  'cabinet',
  'presidency',
  'tribune',
  'courier',
  'gazette',
  'observer',
  'inquirer',
  'watch',
  'initiative',
  'project',
  'lab',
  'labs',
  'partners',
  'bank',
  'exchange',
  'agency',
  'office',
  'inspectorate',
  'secretariat',
  'council',
  'theatre',
  'opera',
  'ballet',
  'festival',
  'institute',
  'hospital',
  // "Naivasha GK Prison", "Wandsworth Jail": an institution, never a person.
  'prison',
  'jail',
  'gaol',
  'penitentiary',
  // "Diocesan Bishop of Lagos West, Anglican Communion": a church's body.
  'communion',
  'diocese',
  'archdiocese',
  'synod',
  // "Met Éireann", "Bus Éireann", "Dáil Éireann": Irish bodies "of Ireland".
  'éireann',
  'eireann',
  'trust',
  'services',
  'group',
  'society',
  'federation',
  'association',
]);

/** First words of place names ("Port Adley", "Mount Kell", "Lake Orin"). */
export const PLACE_FIRST_WORDS = new Set([
  'port',
  'mount',
  'lake',
  'fort',
  'saint',
  'st',
  'cape',
  'isle',
  'glen',
  'north',
  'south',
  'east',
  'west',
  'upper',
  'lower',
  'new',
]);

/** Extra place heads ("Port", "Harbour", "Square"). */
export const EXTRA_PLACE_WORDS = new Set([
  'port',
  'harbour',
  'harbor',
  'square',
  'quarter',
  'hills',
  'heath',
  'moor',
  'moors',
  'marsh',
  'fields',
  'bridge',
  'vale',
  'wood',
  'ford',
  'mouth',
  'haven',
  'point',
  'bight',
  'firth',
  'loch',
  'channel',
  'fens',
  'isles',
  'skerries',
  'sands',
  'flats',
]);

/** Text ending where a role's portfolio begins: "Chief of ", "Assistant Secretary for the ". */
export const PORTFOLIO_JOINER_AT_END = /(?:^|\s)(?:of|for)\s+(?:the\s+)?$/u;

/** Common nouns for bodies that stand before a body's name ("the campaign group Coastwatch Vellmark"). */
export const BODY_TYPE_WORDS = new Set([
  'group',
  'company',
  'firm',
  'charity',
  'organisation',
  'organization',
  'agency',
  'party',
  'union',
  'club',
  'bank',
  'operator',
  'start-up',
  'startup',
  'broadcaster',
  'newspaper',
  'retailer',
  'lender',
  'insurer',
  'developer',
  'consortium',
  'fund',
  'regulator',
  'watchdog',
  'coalition',
  'alliance',
  'movement',
  'network',
  'airline',
  'manufacturer',
  'maker',
  'supplier',
  'chain',
  'publisher',
  'institute',
  'thinktank',
  'think-tank',
  'body',
  'team',
  'side',
  'outfit',
  'label',
  'band',
]);

/** Prepositions before a place ("in Morvaine", "near Tarrow"). */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'near',
  'outside',
  'across',
  'around',
  'throughout',
  'towards',
  'toward',
  'inside',
  'into',
  'to',
  'from',
]);

export const PERSON_PRONOUNS: Record<string, 'm' | 'f'> = {
  he: 'm',
  him: 'm',
  his: 'm',
  himself: 'm',
  she: 'f',
  her: 'f',
  hers: 'f',
  herself: 'f',
};

/**
 * Initialisms of things, not bodies: written in capitals as a body's short name is, so that shape alone would make
 * each an organisation ("DNA evidence", "CCTV footage", "early this AM").
 */
export const THING_INITIALISMS = new Set(
  'am pm gmt utc bst est dna rna cctv gdp gnp cpi hiv aids covid sars mri ct icu ppe ivf ceo cfo coo cto tv dvd pc pdf url usb suv atm gps lgbt lgbtq vip'.split(
    ' ',
  ),
);
