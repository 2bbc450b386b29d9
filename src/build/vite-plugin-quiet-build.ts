import { createLogger, type Logger, type Plugin } from 'vite';

/**
 * Warnings a build prints that are not the reader's to act on, left out so a warning in the build's
 * output always means something:
 * - PostCSS's "did not pass the `from` option": Vite's CSS modules copy a class that another module's file
 *   `composes ... from`, and the copy has no file name; Vite warns because a `url()` in it could then not
 *   be rewritten. Our composed classes have no `url()`, so nothing is mis-transformed.
 */
const NOT_THE_USERS = ['A PostCSS plugin did not pass the `from` option'];

/**
 * Keeps the build's output to what the person building should read: the warnings above are dropped, and so
 * is Rolldown's plugin-timings block, which says our own plugins take the time, as they are meant to:
 * ingest (vite-plugin-articles.ts) and page drawing (vite-plugin-prerender.ts), which report their own times.
 */
export function quietBuildPlugin(): Plugin {
  return {
    name: 'broadsheet-quiet-build',
    config(config) {
      return {
        customLogger: withoutNoise(config.customLogger ?? createLogger(config.logLevel, { allowClearScreen: config.clearScreen })),
        build: { rolldownOptions: { checks: { bundlerTimings: false } } },
      };
    },
  };
}

function withoutNoise(logger: Logger): Logger {
  const isNoise = (message: string) => NOT_THE_USERS.some((text) => message.includes(text));
  return {
    ...logger,
    warn: (message, options) => (isNoise(message) ? undefined : logger.warn(message, options)),
    warnOnce: (message, options) => (isNoise(message) ? undefined : logger.warnOnce(message, options)),
  };
}
