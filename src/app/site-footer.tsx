import { useQuery } from '@tanstack/react-query';
import { manifestQueryOptions } from '@/data/manifest-query';
import { TextWithLinks } from '../ui/text-with-links';
import styles from './site-footer.module.css';

/** Credits come from the manifest, so they follow the data actually shown (IPTC Media Topics, CC BY 4.0). */
export function SiteFooter() {
  const { data: manifest } = useQuery(manifestQueryOptions());
  return (
    <footer className={styles.footer} data-print="hide">
      <div className="page-width">
        <p className={styles.name}>Broadsheet</p>
        {manifest?.credits.map((credit) => (
          <p key={credit} className={styles.credit}>
            <TextWithLinks text={credit} />
          </p>
        ))}
      </div>
    </footer>
  );
}
