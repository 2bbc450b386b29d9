import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { KEEP_SCROLL } from '@/ui/keep-scroll';
import { paths } from '@/ui/paths';
import { writeFilters, type ListFilters } from '@/data/list-filters';

/**
 * Goes to the list (or /saved) with these filters: a new history entry, so Back and Forward walk through
 * filter changes, keeping the scroll position (the controls stay where the pointer is).
 */
export function useChangeFilters(where: 'list' | 'saved' = 'list'): (filters: ListFilters) => void {
  const navigate = useNavigate();
  return useCallback(
    (filters: ListFilters) => void navigate(paths[where](writeFilters(filters)), { state: KEEP_SCROLL }),
    [navigate, where],
  );
}
