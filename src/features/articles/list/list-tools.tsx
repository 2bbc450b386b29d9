import type { ListFilters } from '@/data/list-filters';
import { HideReadSwitch } from '@/ui/hide-read-switch';
import { DensitySwitch } from './density-switch';
import { MarkAllRead } from './mark-all-read';
import { listViewPath } from './view-summary';

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
      <HideReadSwitch hiding={filters.unread} toggled={listViewPath({ ...filters, unread: !filters.unread }, topic)} />
      {newest && <MarkAllRead newest={newest} />}
      <DensitySwitch />
    </>
  );
}
