import styles from '@/ui/tool-switch.module.css';
import { saveListDensity, useListDensity } from './list-density';

/** "Headlines only": a toggle for the list's density, remembered per browser (list-density.ts). */
export function DensitySwitch() {
  const density = useListDensity();
  const headlines = density === 'headlines';
  return (
    <button
      type="button"
      className={styles.switch}
      aria-pressed={headlines}
      onClick={() => saveListDensity(headlines ? 'default' : 'headlines')}
    >
      Headlines only
    </button>
  );
}
