import taxonomyFile from './iptc-media-topics.json' with { type: 'json' };

export type IptcTopic = {
  qcode: string;
  label: string;
  definition: string;
  /** The broader topic's qcode; null at the top level. */
  broader: string | null;
  /** 0 for the 17 top-level topics. */
  depth: number;
  slug: string;
};

/** The 1,160 active IPTC Media Topics, derived by scripts/derive-taxonomy.ts. */
export const iptcTopics: readonly IptcTopic[] = taxonomyFile.topics;
export const iptcCredit: string = taxonomyFile.credit;

const byQcode = new Map(iptcTopics.map((topic) => [topic.qcode, topic]));

export function iptcTopic(qcode: string): IptcTopic | undefined {
  return byQcode.get(qcode);
}
