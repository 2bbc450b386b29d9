import type { ListFilters } from '@/data/list-filters';
import { DensitySwitch } from './density-switch';
import { HideReadSwitch } from './hide-read-switch';
import { MarkAllRead } from './mark-all-read';

type Props = {
  newest: string | null;
  filters: ListFilters;
  /** The topic of a topic's own page (its filters keep the reader there); null on the list. */
  topic: string | null;
};

/** The list's own tools, split from its first view (they act only once the reader's code runs). */
export function ListTools({ newest, filters, topic }: Props) {
  return (
    <>
      <HideReadSwitch filters={filters} topic={topic} />
      {newest && <MarkAllRead newest={newest} />}
      <DensitySwitch />
    </>
  );
}
