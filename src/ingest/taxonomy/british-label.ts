/**
 * IPTC writes its labels in US English; the interface is British. Only the label shown (and searched) is
 * respelt: qcodes and slugs stay as IPTC derives them, so `?topic=labor` and `/topics/labor` keep working.
 * Word by word, and only words the taxonomy holds, so no rule respells a word that is right as it is
 * ("prize", "downsizing").
 */
const BRITISH_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['behavior', 'behaviour'],
  ['canonization', 'canonisation'],
  ['defense', 'defence'],
  ['globalization', 'globalisation'],
  ['jewelry', 'jewellery'],
  ['labor', 'labour'],
  ['nationalization', 'nationalisation'],
  ['organization', 'organisation'],
  ['organizations', 'organisations'],
  ['organized', 'organised'],
  ['pediatrics', 'paediatrics'],
  ['privatization', 'privatisation'],
  ['recapitalization', 'recapitalisation'],
  ['specialization', 'specialisation'],
  ['synchronized', 'synchronised'],
  ['theater', 'theatre'],
]);

export function britishLabel(label: string): string {
  return label.replace(/[A-Za-z]+/g, (word) => {
    const british = BRITISH_SPELLINGS.get(word.toLowerCase());
    if (british === undefined) return word;
    return word[0] === word[0]!.toUpperCase() ? british[0]!.toUpperCase() + british.slice(1) : british;
  });
}
