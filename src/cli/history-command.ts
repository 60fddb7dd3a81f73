// `hipaa-hero history <db>`: its flags and help. The work (src/history/command.ts) is loaded only
// when the command runs, so `--help` and `--version` stay fast.
import { Command, InvalidArgumentError, Option } from 'commander';
import { examples } from './flag-parsers.js';

function parseLast(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`'${value}' is not a whole number of runs from 1.`);
  return n;
}


/** Adds `history` to the program. */
export function addHistoryCommand(program: Command): Command {
  return program
    .command('history')
    .description('List the audit runs recorded with audit --history (newest last) and each practice\'s score over time')
    .argument('<db>', 'the history database written by audit --history (or HIPAA_HERO_HISTORY)')
    .option('--practice <name>', 'only the runs of this practice (its name as the stack file gives it)')
    .option('--last <n>', 'only the last n runs (after --practice)', parseLast)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-o, --output <file>', 'write the list to this file instead of standard output')
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText(
      'after',
      `
The trend of each practice compares the first and the last of the runs shown:
its score, and each area's score. Compare two runs in full with
hipaa-hero diff --history <db> <run> <run>.
Exit codes: 0 listed · 2 bad input or command line · 3 internal error
${examples(
  'hipaa-hero audit stack.yaml --history hipaa-history.db   # record a run',
  'hipaa-hero history hipaa-history.db',
  "hipaa-hero history hipaa-history.db --practice 'Glow Med Spa' --last 12",
  'hipaa-hero history hipaa-history.db --format markdown -o history.md',
  'hipaa-hero diff --history hipaa-history.db 3 7                  # what changed between two runs',
)}`,
    )
    .action(async (file: string, opts) => {
      const { historyCommand } = await import('../history/command.js');
      process.exitCode = await historyCommand(file, opts);
    });
}
