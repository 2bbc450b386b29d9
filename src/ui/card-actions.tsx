import { createContext, type ReactNode } from 'react';

/** The article a card shows, as its actions need it. */
export type CardArticle = { id: string; title: string; date: string };

/**
 * The card's actions slot: what a page puts beside each article card (the reader's pages put Save), so the
 * card (and the search results, which reuse it) never import the feature behind the button. Given the id of
 * the card's title, which the actions are described by. None unless a page provides them.
 */
export const CardActions = createContext<(article: CardArticle, titleId: string) => ReactNode>(() => null);
