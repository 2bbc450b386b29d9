import { paths } from '@/ui/paths';
import { CopyLinkButton } from './copy-link-button';
import styles from './section-heading.module.css';

type Props = { articleId: string; id: string; text: string };

/** A section heading: the fragment `#<id>` opens the article here, and the button copies that link. */
export function SectionHeading({ articleId, id, text }: Props) {
  return (
    <div className={styles.section}>
      <h2 id={id} tabIndex={-1} className={styles.heading}>
        {text}
      </h2>
      <CopyLinkButton to={paths.section(articleId, id)} label={`Copy link to section “${text}”`} />
    </div>
  );
}
