import { createServer } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** Vitest sets NODE_ENV=test; a build must be the production one that people deploy. */
const buildEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...env, NODE_ENV: 'production' });

/** Runs a command to its end, its output shown; rejects when it exits other than 0 (or is stopped by `signal`). */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: buildEnv(env), signal });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** Resolves when the child has written `text` to its stdout; rejects when it exits first. */
export async function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  let seen = '';
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the server exited (${code}) before it was ready: ${seen}`);
  });
  const ready = new Promise<void>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    });
  });
  await Promise.race([ready, exited]);
}

/** A port nobody listens on now, for a test that serves a site of its own (offline-reading.test.ts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0);
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
