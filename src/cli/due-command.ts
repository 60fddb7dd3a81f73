// `hipaa-hero due <file>`: its flags and help. The work (src/cli/due-run.ts) is loaded only when the
// command runs, so `--help` and `--version` stay fast.
import { Command, Option } from 'commander';
import { collect, examples, parseCount, parseDay, parseSeconds, profileOption } from './flag-parsers.js';


export const DUE_FORMATS = ['text', 'json', 'markdown', 'ics'] as const;

/** Adds `due` to the program. */
export function addDueCommand(program: Command): Command {
  return program
    .command('due')
    .description('List what falls due before it fails: BAA and certificate expiries, training, reviews, drills, stale attestations, expiring waivers')
    .argument('<file>', 'the stack YAML file')
    .option('--within <days>', 'the window: what fails or goes stale within this many days, written <n>d', '90d')
    .option('--now <YYYY-MM-DD>', 'count from this day (default: today)', parseDay)
    .addOption(new Option('-f, --format <format>', 'text, json, markdown or ics (an iCalendar file to import)').choices(DUE_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the list to this file instead of standard output')
    .option('--fail-on-overdue', 'exit 1 when anything is already overdue (for CI)', false)
    .option('--facts <file>', 'replay endpoint facts saved by audit --save-facts instead of probing (no network): certificate expiries')
    .option('--offline', 'make no network requests: certificate expiries are left out (unless --facts)', false)
    .option('--timeout <seconds>', 'time limit for each connection (handshake or request)', parseSeconds, 5)
    .option('--deadline <seconds>', 'time limit for all probing', parseSeconds, 60)
    .option('--concurrency <n>', 'endpoints probed at once', parseCount, 16)
    .option('--ca <file>', 'trust the certificates in this PEM file instead of the system roots')
    .option('--allow-outside', "read document paths that lead outside the stack file's folder", false)
    .option('--checks <dir>', 'check modules whose ids waivers may name (repeatable); their checks are not run by due', collect, [])
    .addOption(profileOption())
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText(
      'after',
      `
Each item is the first day on which a check's result for one subject gets worse
(a warning or a failure), found by running the built-in checks on the days in
question; overdue items are dated by the day they turned (up to 6 years back).
Exit codes: 0 listed · 1 --fail-on-overdue and something is overdue
            2 bad input or command line · 3 internal error
${examples(
  'hipaa-hero due stack.yaml',
  'hipaa-hero due stack.yaml --within 30d --offline',
  'hipaa-hero due stack.yaml --facts facts.json --format ics -o hipaa-due.ics   # import into a calendar',
  'hipaa-hero due stack.yaml --format json --now 2026-12-31',
  'hipaa-hero due stack.yaml --offline --fail-on-overdue                         # a CI gate',
  'hipaa-hero due stack.yaml --profile proposed-2025 --offline   # also what the 2025 proposed rule would date',
)}`,
    )
    .action(async (file: string, opts) => {
      const { dueCommand } = await import('./due-run.js');
      process.exitCode = await dueCommand(file, opts);
    });
}
