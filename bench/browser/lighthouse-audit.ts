import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium-options';
import { median } from '../harness/statistics';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's own measure of the machine's speed at the time (lower is slower: a busy machine scores low). */
  benchmarkIndex: number;
};

/**
 * Lighthouse 12.2.3 with its default config, the mobile preset (a mid-range phone, simulated slow 4G
 * and 4x CPU slowdown), on Debian's Chromium launched headless with the team's flags. With runs > 1
 * each figure is the median of the runs: performance scores move a few points between runs.
 */
export async function auditPage(url: string, runs: number): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  try {
    const results: LighthouseScores[] = [];
    for (let run = 0; run < runs; run += 1) {
      const outcome = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = outcome?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      results.push({
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      });
    }
    return {
      performance: median(results.map((each) => each.performance)),
      accessibility: median(results.map((each) => each.accessibility)),
      lcpMs: median(results.map((each) => each.lcpMs)),
      tbtMs: median(results.map((each) => each.tbtMs)),
      cls: median(results.map((each) => each.cls)),
      benchmarkIndex: median(results.map((each) => each.benchmarkIndex)),
    };
  } finally {
    chrome.kill();
  }
}
