import styles from './feed-link.module.css';

/**
 * Whether this build wrote feeds: only with a SITE_URL, since a feed's links must be absolute. The
 * build's feeds plugin (src/build/vite-plugin-feeds.ts) sets the value; anywhere else (a build without
 * SITE_URL, the tests) there are none to link to.
 */
export const feedsPublished = (): boolean => import.meta.env.VITE_FEEDS === '1';

type Props = {
  /** The feed's file below the site's base (src/ui/feed-paths.ts). */
  path: string;
  /** What the feed holds, for feed readers and for the link's accessible name: "Politics articles". */
  title: string;
  /** Advertise it in the head too: pages whose feed index.html does not already name (a topic's). */
  advertise?: boolean;
};

/** A small visible link to an Atom feed; nothing when the build wrote no feeds. */
export function FeedLink({ path, title, advertise = false }: Props) {
  if (!feedsPublished()) return null;
  const href = `${import.meta.env.BASE_URL}${path}`;
  return (
    <p className={styles.feed}>
      {/* React puts a <link> in the document's head, wherever it is drawn. */}
      {advertise && <link rel="alternate" type="application/atom+xml" title={title} href={href} />}
      <a href={href} type="application/atom+xml">
        Atom feed<span className="visually-hidden">: {title}</span>
      </a>
    </p>
  );
}
