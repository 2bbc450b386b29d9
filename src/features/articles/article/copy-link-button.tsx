import { useEffect, useState } from 'react';
import { useHref } from 'react-router';
import styles from './copy-link-button.module.css';

type Props = { to: string; label: string };

type Outcome = 'idle' | 'copied' | 'failed';

/** Copies the absolute URL of a place in the article; says so visibly and to screen readers. */
export function CopyLinkButton({ to, label }: Props) {
  const href = useHref(to);
  const [outcome, setOutcome] = useState<Outcome>('idle');

  useEffect(() => {
    if (outcome === 'idle') return;
    const timer = window.setTimeout(() => setOutcome('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const url = new URL(href, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };

  return (
    <>
      <button type="button" className={styles.button} onClick={() => void copy()} aria-label={label} title={label}>
        <LinkIcon />
        <span className={styles.text} aria-hidden="true">
          {outcome === 'copied' ? 'Copied' : 'Copy link'}
        </span>
      </button>
      <span role="status" className="visually-hidden">
        {outcome === 'copied' ? 'Link copied' : outcome === 'failed' ? 'The link could not be copied' : ''}
      </span>
    </>
  );
}

function LinkIcon() {
  return (
    <svg className={styles.icon} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1M9 11.5l-1 1A2.5 2.5 0 014.5 9l1-1"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
