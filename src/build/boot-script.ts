import type { View, ViewPath } from '../app/routes/route-table.ts';
import { BOOT_KEYS_GLOBAL, SHORTCUT_KEYS } from '../features/keyboard/boot-keys.ts';
import { TEXT_ROLES, UNTYPED_INPUT_TYPES } from '../features/keyboard/typing-target.ts';
import { CODE_FILES_PLACEHOLDER } from './inject-prerendered.ts';

/** Where index.html has the boot script drawn in (by vite-plugin-route-preload.ts). */
export const BOOT_SCRIPT_PLACEHOLDER = '<!-- boot script: src/build/boot-script.ts -->';

/** One address the boot script knows: a pattern for the path below the base, what it preloads. */
export type BootRoute = { pattern: string; params: string[]; data: readonly string[]; files: readonly string[] };

/**
 * The boot script's table, from the route table: each view path as a regular expression over the path
 * below the site's base (no leading slash), with its parameters' names, its first data files and its page's
 * code files (the build's: `filesOf(view)`).
 */
export function bootRoutes(
  views: readonly View[],
  paramPatterns: Readonly<Record<string, string>>,
  filesOf: (view: View) => readonly string[],
) {
  return views.flatMap((view) => view.paths.map((each) => bootRoute(each, paramPatterns, filesOf(view))));
}

function bootRoute({ path, firstData }: ViewPath, paramPatterns: Readonly<Record<string, string>>, files: readonly string[]): BootRoute {
  const params: string[] = [];
  const body = path
    .replace(/^\//, '')
    .split('/')
    .map((segment) => {
      const name = /^:(\w+)$/.exec(segment)?.[1];
      if (!name) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      params.push(name);
      return `(${paramPatterns[name] ?? '[^/]+'})`;
    })
    .join('/');
  return { pattern: `^${body}$`, params, data: firstData, files };
}

export type BootTable = {
  routes: readonly BootRoute[];
  /** The data files of an address no route answers (the not-found page still draws the site's frame). */
  alwaysData: readonly string[];
  /** The site's base path, e.g. `/` or `/news/`. */
  base: string;
  /** Where the data files are served, below the base. */
  dataPath: string;
};

/**
 * The script that starts the page, inlined into index.html (the build fills in the entry's files through
 * CODE_FILES_PLACEHOLDER: src/build/inject-prerendered.ts). The build draws the plain list's first screen
 * into the root of index.html, and each article into a copy of it of its own (articles/<id>.html); every
 * other address gets index.html:
 * - where the drawn page is the one asked for, it is painted from this HTML and the stylesheet alone, and
 *   the code and data start after that paint (they would only compete with it for a slow network);
 * - at any other address, only the masthead is kept (the list would be the wrong page), and the page's data
 *   and code start at once: the route's first data files under the data path, the view's own code, and the
 *   entry. The root keeps its data-prerendered mark only where the drawn page shows, which is how
 *   src/main.tsx knows to hydrate it.
 * It also keeps the shortcut keys pressed before the app listens (j as the list appears, say), and hands
 * them over when the app asks (src/features/keyboard/boot-keys.ts): no press is lost while code loads.
 * Plain ES5 in a string: it runs before any module, in every browser that loads the page.
 */
export function bootScript({ routes, alwaysData, base, dataPath }: BootTable): string {
  return `(function (root, base, dataBase, routes, alwaysData, codeFiles, shortcutKeys, untypedInputs, textRoles) {
  var pressed = [];
  // isTypingTarget (src/features/keyboard/typing-target.ts), in ES5 and with its lists.
  var typing = function (target) {
    if (!target || !target.getAttribute) return false;
    if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
    if (target.tagName === 'INPUT') return untypedInputs.indexOf(target.type) < 0;
    return textRoles.indexOf(target.getAttribute('role') || '') >= 0;
  };
  var onKey = function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (shortcutKeys.indexOf(event.key) < 0 || typing(event.target) || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    pressed.push(event.key);
  };
  document.addEventListener('keydown', onKey);
  window[${JSON.stringify(BOOT_KEYS_GLOBAL)}] = function () {
    document.removeEventListener('keydown', onKey);
    return pressed.splice(0);
  };
  var page = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : null;
  var drawn = root.getAttribute('data-prerendered');
  // A query string changes the list (its filters) but not an article (a shared link's ?utm_source=).
  var showsDrawn = drawn !== null && page !== null && '/' + page === drawn && (!location.search || drawn !== '/');
  if (drawn !== null && !showsDrawn) {
    root.removeAttribute('data-prerendered');
    var main = root.querySelector('main');
    if (main) {
      main.replaceChildren();
      while (main.nextSibling) main.nextSibling.remove();
    } else root.replaceChildren();
  }
  var add = function (rel, href, as) {
    var link = document.createElement('link');
    link.rel = rel;
    if (as) link.as = as;
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  };
  var route = null;
  var params = {};
  for (var r = 0; page !== null && !route && r < routes.length; r++) {
    var match = new RegExp(routes[r].pattern).exec(page);
    if (!match) continue;
    route = routes[r];
    route.params.forEach(function (name, index) { params[name] = match[index + 1]; });
  }
  var start = function () {
    var data = route ? route.data : alwaysData;
    var jobs = codeFiles.slice(0, 1).map(function (href) {
      return function () {
        var script = document.createElement('script');
        script.type = 'module';
        script.crossOrigin = 'anonymous';
        script.src = href;
        document.head.appendChild(script);
      };
    });
    data.forEach(function (file) {
      var href = dataBase + file.replace(/:(\\w+)/g, function (all, name) { return params[name]; });
      jobs.push(function () { add('preload', href, 'fetch'); });
    });
    codeFiles.slice(1).concat(route ? route.files : []).forEach(function (href) {
      jobs.push(function () {
        if (/\\.css$/.test(href)) add('preload', href, 'style');
        else add('modulepreload', href);
      });
    });
    // A few requests per task: each costs the main thread a little, and twenty in one task are a
    // long task on a slow phone, while the reader may already be scrolling the page.
    var next = function () {
      jobs.splice(0, 4).forEach(function (job) { job(); });
      if (jobs.length) setTimeout(next, 0);
    };
    next();
  };
  var started = false;
  var startOnce = function () {
    if (started) return;
    started = true;
    start();
  };
  if (showsDrawn && document.visibilityState === 'visible' && 'PerformanceObserver' in window) {
    // Once the first screen is on screen (its first contentful paint is reported); never later than a
    // few seconds, and at once if the page goes to the background, where nothing is painted.
    new PerformanceObserver(function (entries, observer) {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      startOnce();
    }).observe({ type: 'paint', buffered: true });
    setTimeout(startOnce, 3000);
    document.addEventListener('visibilitychange', startOnce, { once: true });
  } else start();
})(document.getElementById('root'), ${JSON.stringify(base)}, ${JSON.stringify(`${base}${dataPath}/`)}, ${JSON.stringify(routes)}, ${JSON.stringify(alwaysData)}, ${CODE_FILES_PLACEHOLDER}, ${JSON.stringify(SHORTCUT_KEYS)}, ${JSON.stringify(UNTYPED_INPUT_TYPES)}, ${JSON.stringify(TEXT_ROLES)});`;
}
