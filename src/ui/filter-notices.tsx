import styles from './filter-notices.module.css';

/** Filter values that were left out, said politely and announced (the region exists before it has text). */
export function FilterNotices({ notices }: { notices: readonly string[] }) {
  return (
    <div role="status" className={notices.length ? styles.notices : undefined}>
      {notices.length > 0 && (
        <ul>
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
