import type { MouseEvent } from 'react';
import styles from './skip-link.module.css';

export const MAIN_ID = 'main';

/**
 * Moves focus to the main content. Handled here rather than by the browser so the URL does not gain
 * a #main fragment (article URLs use fragments for sections and quotations). On the list it goes
 * straight to the articles (an element marked data-skip-target), past the heading and the filters: the
 * next Tab is the first article.
 */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    const target = main.querySelector<HTMLElement>('[data-skip-target]') ?? main;
    target.focus();
    target.scrollIntoView();
  };
  return (
    <a href={`#${MAIN_ID}`} className={styles.skip} onClick={skip} data-print="hide">
      Skip to main content
    </a>
  );
}
