/**
 * Starts one Chromium (Debian's package) for every e2e file to connect to, and gives every site of
 * sites.ts a port at once. The sites are then built (or found unchanged: site-build.ts) in the background,
 * at the same time (a site that starts from another's ingested data after that one: sites.ts, dataFrom) and
 * while the unit and component files run (vitest.config.ts runs the e2e files after them), and each is served there with `npm start`'s server once it is built. Until then its port
 * answers 503 (building), or 500 with the build's error if it failed: `useBrowser` (browser.ts) waits on it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { AXE_SCRIPT_PATH, AXE_SOURCE_PATH } from './axe-script';
import { waitForOutput } from './child-processes';
import { CHROMIUM_ARGS } from './chromium';
import { launchChromium } from './launch-chromium';
import { buildSite } from './site-build';
import { BUILD_FAILED_STATUS, BUILDING_STATUS } from './site-status';
import { SITES, type SiteName, type SiteSpec } from './sites';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The main site's origin, e.g. http://localhost:41234. */
    baseURL: string;
    /** Every site's origin and base path. */
    sites: Record<SiteName, { origin: string; base: string }>;
    browserWSEndpoint: string;
  }
}

export async function setup(project: TestProject) {
  // Checked before anything starts, which a thrown error would leave running.
  const names = Object.keys(SITES);
  for (const [name, spec] of Object.entries(SITES) as Array<[string, SiteSpec]>) {
    if (spec.dataFrom !== undefined && !names.slice(0, names.indexOf(name)).includes(spec.dataFrom)) {
      throw new Error(`sites.ts: ${name}'s dataFrom names ${spec.dataFrom}, which is not a site listed before it`);
    }
  }
  // A test's tab is opened by the tab its file keeps open (browser.ts), so it joins that tab's renderer
  // process instead of starting and warming up its own; --process-per-site keeps a site's other tabs
  // together where Chromium can. Chromium also starts a spare renderer ahead of the next navigation that
  // might want one, which these tabs never use: the e2e files started 187-194 renderer processes with it and
  // 42-44 without (2026-12-06). Their time moved within the host's noise: 239-243 s against 208-229 s run
  // alone; in two pairs of fresh clones' full runs the same file time, then 48 s less.
  const browser: BrowserServer = await launchChromium([...CHROMIUM_ARGS, '--process-per-site'], ['SpareRendererForSitePerProcess']);
  // A site that starts from another's data (sites.ts: dataFrom) is built once that one is.
  const started = new Map<string, Promise<StartedSite>>();
  for (const [name, spec] of Object.entries(SITES) as Array<[string, SiteSpec]>) {
    const source = spec.dataFrom === undefined ? undefined : started.get(spec.dataFrom);
    // A failure of that site is named as its own, not as this one's.
    const after = source
      ?.then((site) => site.built)
      .catch((error: unknown) => {
        throw new Error(`the ${spec.dataFrom} site, whose data it starts from, failed: ${(error as Error).message}`);
      });
    // Awaited by the site's build, which may start after it fails: not an unhandled rejection meanwhile.
    after?.catch(() => {});
    started.set(name, startSite(name, spec, after));
  }
  const sites = await Promise.all(started.values());

  const origins = Object.fromEntries(sites.map((site) => [site.name, { origin: site.origin, base: site.base }]));
  project.provide('sites', origins as Record<SiteName, { origin: string; base: string }>);
  project.provide('baseURL', origins.main!.origin);
  project.provide('browserWSEndpoint', browser.wsEndpoint());

  return async () => {
    await Promise.all(sites.map((site) => site.stop()));
    await browser.close();
  };
}

type StartedSite = { name: string; origin: string; base: string; built: Promise<unknown>; stop: () => Promise<void> };

/** Holds a port for the site at once, and hands it to the site's server once the site is built. */
async function startSite(name: string, spec: SiteSpec, after?: Promise<unknown>): Promise<StartedSite> {
  let failure: string | null = null;
  const placeholder: Server = createServer((_request, response) => {
    response.writeHead(failure === null ? BUILDING_STATUS : BUILD_FAILED_STATUS, { 'content-type': 'text/plain' });
    response.end(failure ?? `the ${name} site is being built`);
  });
  placeholder.listen(0);
  await once(placeholder, 'listening');
  const { port } = placeholder.address() as AddressInfo;
  const base = spec.env.BASE_PATH ?? '/';
  let server: ChildProcess | undefined;
  const stopping = new AbortController();

  const building = (async () => {
    await after;
    return buildSite(name, spec, stopping.signal);
  })();
  const serving = (async () => {
    const { distDir } = await building;
    if (stopping.signal.aborted) return;
    // For axeViolations (browser.ts): axe as a script of the site. Not in the site's own build.
    await copyFile(AXE_SOURCE_PATH, join(distDir, AXE_SCRIPT_PATH));
    placeholder.close();
    await once(placeholder, 'close');
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      env: { ...process.env, ...spec.env, PORT: String(port), DIST_DIR: distDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await waitForOutput(server, 'being served');
  })().catch((error: unknown) => {
    failure = `the ${name} site could not be built or served: ${(error as Error).message}`;
    if (!placeholder.listening && !stopping.signal.aborted) placeholder.listen(port);
  });

  return {
    name,
    origin: `http://localhost:${port}`,
    base,
    built: building,
    stop: async () => {
      // A build still under way (a run that ended early) is stopped; the next run builds again.
      stopping.abort();
      placeholder.close();
      server?.kill();
      await serving;
    },
  };
}
