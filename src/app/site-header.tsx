import { Link } from 'react-router';
import { SearchBox } from '../features/search/search-box';
import { ThemeSwitch } from '../features/theme/theme-switch';
import { paths } from '../ui/paths';
import styles from './site-header.module.css';

export function SiteHeader() {
  return (
    <header className={styles.masthead} data-print="hide">
      <div className={`page-width ${styles.bar}`}>
        <Link to={paths.list()} className={styles.name}>
          Broadsheet
        </Link>
        <SearchBox />
        <div className={styles.tools}>
          <Link to={paths.saved()} className={styles.saved}>
            Saved
          </Link>
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
