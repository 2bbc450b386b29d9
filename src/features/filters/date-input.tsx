import { useState, type KeyboardEvent } from 'react';
import { isCalendarDate } from '@/article/calendar-date';
import styles from './filter-panel.module.css';

type Props = {
  name: 'from' | 'to';
  label: string;
  min: string;
  max: string;
  value: string | null;
  onPick: (value: string | null) => void;
};

/**
 * A date field that acts on whole dates only. Typed from the keyboard, Chromium reports every digit of the
 * year as a date ("0002-03-15" after the first one); acting on that would reject it and wipe the field
 * under the typing. So a date is taken once its year has four digits, and anything else (an emptied
 * field, a date the list refuses) on Enter or when the field is left.
 */
export function DateInput({ name, label, min, max, value, onPick }: Props) {
  const shown = value ?? '';
  const [draft, setDraft] = useState(shown);
  // The filter changed elsewhere (a preset, Back): the field shows it (state set while rendering, as React advises).
  const [seen, setSeen] = useState(shown);
  if (seen !== shown) {
    setSeen(shown);
    setDraft(shown);
  }
  const settle = (text: string) => {
    if (text === shown) return;
    if (text === '') onPick(null);
    else if (isWholeDate(text)) onPick(text);
    else setDraft(shown);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') settle(event.currentTarget.value);
  };
  return (
    <label className={styles.dateField}>
      <span>{label}</span>
      <input
        type="date"
        name={name}
        min={min}
        max={max}
        value={draft}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          if (isWholeDate(text) && text !== shown) onPick(text);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => settle(event.currentTarget.value)}
      />
    </label>
  );
}

/** A real day whose year has been typed in full (the list accepts years from 1000). */
function isWholeDate(text: string): boolean {
  return isCalendarDate(text) && Number(text.slice(0, 4)) >= 1000;
}
