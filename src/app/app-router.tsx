import { useQueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { drawsAtOnce } from './app-routes';
import type { AppHistory } from './navigation/app-history';
import { routerHistory } from './navigation/router-history';

/** React-router on the reader's history, making each move at once or in a transition (navigation/router-history.ts). */
export function AppRouter({ history, children }: { history: AppHistory; children: ReactNode }) {
  const queryClient = useQueryClient();
  const routed = useMemo(() => routerHistory(history, (from, to) => drawsAtOnce(queryClient, from, to)), [history, queryClient]);
  return (
    <HistoryRouter history={routed} basename={import.meta.env.BASE_URL} useTransitions={false}>
      {children}
    </HistoryRouter>
  );
}
