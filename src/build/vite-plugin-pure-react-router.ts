import type { Plugin } from 'vite';

/** react-router's own production build, which vite.config.ts points the reader at. */
const REACT_ROUTER_BUILD = /[\\/]react-router[\\/]dist[\\/]production[\\/]/;

/**
 * Lets the bundler drop react-router components the reader never uses (NavLink, Form and the form
 * submission code behind them: 1.8 KB compressed of the list's first view). The library declares them
 * with a bare `React.forwardRef(...)` call and a `displayName` assignment at the top level, which a bundler
 * must keep as possible side effects. Marking the calls pure and leaving out the names (they serve React's
 * developer tools only) changes nothing else: what is imported is kept as it was.
 */
export function withoutUnusedComponents(code: string): string {
  return code
    .replace(/^(var \w+ = )(React\d*\.forwardRef\()/gm, '$1/* @__PURE__ */ $2')
    .replace(/^[\w$]+\.displayName = "[^"\n]*";\n/gm, '');
}

export function pureReactRouterPlugin(): Plugin {
  return {
    name: 'broadsheet:pure-react-router',
    apply: 'build',
    transform: {
      filter: { id: REACT_ROUTER_BUILD },
      handler: (code) => ({ code: withoutUnusedComponents(code), map: null }),
    },
  };
}
