import { iptcTopic } from '../taxonomy/taxonomy';

/** The top-level ancestor of a Media Topic ("medtop:20000764" -> "medtop:11000000"); itself at the top. */
export function topLevelOf(qcode: string): string {
  let topic = iptcTopic(qcode);
  let current = qcode;
  while (topic?.broader) {
    current = topic.broader;
    topic = iptcTopic(current);
  }
  return current;
}

/** The topic and each broader topic up to the top level, nearest first. */
export function ancestorsOf(qcode: string): string[] {
  const chain: string[] = [];
  let topic = iptcTopic(qcode)?.broader ? iptcTopic(qcode) : undefined;
  while (topic?.broader) {
    chain.push(topic.broader);
    topic = iptcTopic(topic.broader);
  }
  return chain;
}
