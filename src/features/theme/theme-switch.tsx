import { useSyncExternalStore } from 'react';
import styles from './theme-switch.module.css';
import { readThemeChoice, saveThemeChoice, subscribeToThemeChoice, type ThemeChoice } from './theme-choice';

const CHOICES: ReadonlyArray<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Three radio buttons drawn as one segmented control: arrow keys move between them, as radios do. */
export function ThemeSwitch() {
  const choice = useSyncExternalStore(subscribeToThemeChoice, readThemeChoice, () => 'system' as const);
  return (
    <fieldset className={styles.switch}>
      <legend className="visually-hidden">Colour theme</legend>
      {CHOICES.map(({ value, label }) => (
        <label key={value} className={styles.option} title={value === 'system' ? 'Follow the system setting' : undefined}>
          <input
            type="radio"
            name="theme"
            value={value}
            checked={choice === value}
            onChange={() => saveThemeChoice(value)}
            className={styles.radio}
          />
          <span className={styles.label}>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
