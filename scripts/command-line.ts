/**
 * The command-line contract our scripts share (npm run eval, bench, corpus, schema): `--help` or `-h` prints the
 * usage and exits 0; an unknown flag or a bad value prints one line saying what is wrong, then the usage, and
 * exits 2; a failure prints its message, not a stack trace (DEBUG=1 shows it), and exits 1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>['values'];

/** The parsed flags, or what to print and the exit code when the script should not run. */
export type CommandLine<O extends Options> = { values: Values<O> } | { exitCode: 0 | 2; stdout?: string; stderr?: string };

/** Reads `args` against `options`; `--help` and usage errors come back as an exit code and a message. */
export function parseCommandLine<const O extends Options>(usage: string, options: O, args: string[]): CommandLine<O> {
  if (args.includes('--help') || args.includes('-h')) return { exitCode: 0, stdout: usage };
  try {
    return { values: parseArgs({ args, options, strict: true, allowPositionals: false }).values };
  } catch (error) {
    return usageError(usage, (error as Error).message);
  }
}

/** A value the script cannot use: the message, then the usage, exit 2. */
export function usageError(usage: string, message: string): { exitCode: 2; stderr: string } {
  return { exitCode: 2, stderr: `${message}\n\n${usage}` };
}

/**
 * For a script's first line: the parsed flags, or the process ends here (help: 0, usage error: 2). From then
 * on an error the script does not catch ends it with its message and exit 1, not a stack trace.
 */
export function readCommandLine<const O extends Options>(usage: string, options: O, args = process.argv.slice(2)): Values<O> {
  const parsed = parseCommandLine(usage, options, args);
  if (!('values' in parsed)) exitWith(parsed);
  process.on('uncaughtException', (error) => {
    console.error(process.env.DEBUG ? error : `error: ${error.message}`);
    process.exit(1);
  });
  return parsed.values;
}

/** Prints what a refused command line says and ends the process with its code. */
export function exitWith({ exitCode, stdout, stderr }: { exitCode: number; stdout?: string; stderr?: string }): never {
  if (stdout) console.log(stdout);
  if (stderr) console.error(stderr);
  process.exit(exitCode);
}
