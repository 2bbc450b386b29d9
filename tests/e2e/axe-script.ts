import { createRequire } from 'node:module';

/** axe-core's own build, as the e2e files give it to pages. */
export const AXE_SOURCE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Where global-setup.ts puts a copy of axe-core in each e2e site: a script of the site itself, which its
 * Content-Security-Policy allows ('self'), so Chromium compiles it once and takes it from its code cache after
 * that. Not in assets/, whose files a deployment test compares, nor part of any build: the sites' folders only.
 */
export const AXE_SCRIPT_PATH = 'axe-core-for-tests.js';
