import { DensitySwitch } from './density-switch';
import { MarkAllRead } from './mark-all-read';

/** The list's own tools, split from its first view (they act only once the reader's code runs). */
export function ListTools({ newest }: { newest: string | null }) {
  return (
    <>
      {newest && <MarkAllRead newest={newest} />}
      <DensitySwitch />
    </>
  );
}
