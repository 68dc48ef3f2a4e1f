/** What the command line says beyond what `parseArgs` keeps: which options were written, and `--lang` before parsing. */

/** Whether an option was written on the command line (the shared parser fills in defaults). */
export const given = (argv: readonly string[], name: string): boolean => argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));

/** `--lang` read before parsing, so that even a usage error is in the chosen language. */
export function langArgument(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
