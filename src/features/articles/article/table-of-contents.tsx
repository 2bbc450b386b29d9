import { Link } from 'react-router';
import type { HeadingBlock } from '@/article/article-schema';
import styles from './table-of-contents.module.css';
import { useActiveSection } from './use-active-section';

/** The article's sections, marking the one being read (aria-current) as the reader scrolls. */
export function TableOfContents({ headings }: { headings: readonly HeadingBlock[] }) {
  const active = useActiveSection(headings.map((heading) => heading.id));
  return (
    <nav className={styles.contents} aria-labelledby="contents-heading">
      <h2 id="contents-heading" className={styles.heading}>
        Contents
      </h2>
      <ol className={styles.list}>
        {headings.map(({ id, text }) => (
          <li key={id}>
            <Link to={`#${id}`} className={styles.link} aria-current={active === id ? 'location' : undefined}>
              {text}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
