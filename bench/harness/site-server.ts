import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { REPO_ROOT } from './bench-paths';

export type SiteServer = { baseURL: string; stop(): Promise<void> };

/** Serves a built site with scripts/serve.ts (the static server people deploy against), on `port`. */
export async function startSiteServer(distDir: string, port: number): Promise<SiteServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForOutput(child, 'being served', 30_000);
  return {
    baseURL: `http://localhost:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitForOutput(child: ChildProcess, text: string, timeoutMs: number): Promise<void> {
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the site server did not start within ${timeoutMs / 1000} s: ${seen}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the site server exited (${code}) before it was ready: ${seen}`));
    });
  });
}
