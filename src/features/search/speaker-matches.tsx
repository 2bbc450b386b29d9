import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { byMostQuoted, nameMatches, nameShardsFor, usePeopleNames, wordsOf } from '@/data/people-names';
import { peopleIndexQueryOptions } from '@/data/people-query';
import { formatCount } from '@/ui/format-count';
import { paths } from '@/ui/paths';
import styles from './speaker-matches.module.css';

/** Speakers offered at most: a search is for articles; a name that fits many speakers is better typed out. */
const MAX_OFFERED = 3;
/** Words shorter than this start too many names to mean one. */
const MIN_WORD = 3;

/**
 * A search that names someone quoted in the archive offers their page first, above the articles: everything
 * they said, not only the articles that mention the name. Reads the people index and the shard of names the first word starts
 * (index/people-names/); while they load, or if they cannot be, it shows nothing and the articles stand alone.
 */
export function SpeakerMatches({ text }: { text: string }) {
  const words = wordsOf(text);
  const searched = words.every((word) => word.length >= MIN_WORD) && words.length > 0;
  const index = useQuery({ ...peopleIndexQueryOptions(), enabled: searched });
  const shards = searched && index.data ? (nameShardsFor(text, index.data.nameShards) ?? []) : [];
  const names = usePeopleNames(shards);
  if (shards.length === 0 || !names.data) return null;
  const offered = names.data
    .filter((entry) => nameMatches(entry, text))
    .sort(byMostQuoted)
    .slice(0, MAX_OFFERED);
  if (offered.length === 0) return null;
  return (
    <nav aria-label="People quoted" className={styles.speakers}>
      <ul>
        {offered.map(([slug, name, count]) => (
          <li key={slug}>
            <Link to={paths.person(slug)} className={styles.speaker}>
              {name}
            </Link>{' '}
            <span className={styles.count}>{`${formatCount(count)} ${count === 1 ? 'quotation' : 'quotations'}: who said what`}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
