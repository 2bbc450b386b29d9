/**
 * The command-line contract our scripts share (npm run eval, bench, corpus, schema): `--help` or `-h` prints the
 * usage and exits 0; an unknown flag or a bad value prints one line saying what is wrong, then the usage, and
 * exits 2; a failure prints its message, not a stack trace (DEBUG=1 shows it), and exits 1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>['values'];

/**
 * The parsed flags (and the bare arguments, for a script that takes some), or what to print and the exit code when
 * the script should not run.
 */
export type CommandLine<O extends Options> =
  { values: Values<O>; positionals?: string[] } | { exitCode: 0 | 2; stdout?: string; stderr?: string };

/**
 * Reads `args` against `options`; `--help` and usage errors come back as an exit code and a message. A script takes
 * no bare arguments unless `positionals` says how many it takes at most (a threshold, a list of names).
 */
export function parseCommandLine<const O extends Options>(
  usage: string,
  options: O,
  args: string[],
  { positionals = 0 }: { positionals?: number } = {},
): CommandLine<O> {
  if (args.includes('--help') || args.includes('-h')) return { exitCode: 0, stdout: usage };
  try {
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
    const extra = parsed.positionals[positionals];
    if (extra !== undefined) return usageError(usage, `Unexpected argument '${extra}': this command takes at most ${positionals}`);
    const values = parsed.values;
    return positionals > 0 ? { values, positionals: parsed.positionals } : { values };
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
  return readCommandLineWithPositionals(usage, options, 0, args).values;
}

/** readCommandLine for a script that also takes up to `most` bare arguments: its flags and those arguments. */
export function readCommandLineWithPositionals<const O extends Options>(
  usage: string,
  options: O,
  most: number,
  args = process.argv.slice(2),
): { values: Values<O>; positionals: string[] } {
  const parsed = parseCommandLine(usage, options, args, { positionals: most });
  if (!('values' in parsed)) exitWith(parsed);
  process.on('uncaughtException', (error) => {
    console.error(process.env.DEBUG ? error : `error: ${error.message}`);
    process.exit(1);
  });
  return { values: parsed.values, positionals: parsed.positionals ?? [] };
}

/** Prints what a refused command line says and ends the process with its code. */
export function exitWith({ exitCode, stdout, stderr }: { exitCode: number; stdout?: string; stderr?: string }): never {
  if (stdout) console.log(stdout);
  if (stderr) console.error(stderr);
  process.exit(exitCode);
}
