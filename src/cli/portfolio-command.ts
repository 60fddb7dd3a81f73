// `hipaa-hero portfolio <paths…>`: its flags and help. The work (src/portfolio/command.ts) is loaded
// only when the command runs, so `--help` and `--version` stay fast.
import { Command, Option } from 'commander';
import { collect, examples, parseDay, parseNumber, parseScore, parseSeconds, profileOption } from './flag-parsers.js';


/** Adds `portfolio` to the program. */
export function addPortfolioCommand(program: Command): Command {
  return program
    .command('portfolio')
    .description('Audit many practices at once and write one index of them all, with each practice\'s own reports beside it')
    .argument('[paths...]', 'stack YAML files, or folders of them (their own *.yaml and *.yml stack files; not sub-folders)')
    .option('--out <dir>', 'the folder to write to: index.html, index.json, index.md and <practice>/report.{json,html,md} (created when absent)')
    .option('--from-reports <dir>', 'build the index from JSON reports already written (in the folder or one folder down), without auditing')
    .option('--concurrency <n>', 'practices audited at once', (v: string) => parseNumber(v, 1, 64, 'a whole number from 1 to 64', true), 4)
    .option('--now <YYYY-MM-DD>', 'judge dates as of this day, and date the reports that day (default: today)', parseDay)
    .option('--offline', 'make no network requests; endpoint facts saved beside a stack as <name>.facts.json are replayed', false)
    .option('--timeout <seconds>', 'time limit for each connection (handshake or request)', parseSeconds, 5)
    .option('--deadline <seconds>', "time limit for probing one practice's endpoints", parseSeconds, 60)
    .option('--no-browser', "read each endpoint's page from its HTML instead of loading it in Chromium")
    .addOption(
      new Option('--fail-on <severity>', "exit 1 when any practice has an un-waived failure of this severity or higher (audit's gate)")
        .choices(['critical', 'high', 'medium', 'low', 'none'])
        .default('none'),
    )
    .option('--fail-under <score>', 'also exit 1 when any practice scores under this number (0-100)', parseScore)
    .option('--checks <dir>', 'also load the check modules in this directory (repeatable)', collect, [])
    .option('--allow-outside', "read document paths that lead outside each stack file's folder", false)
    .option('--prepared-by <name>', 'the consultant named on the cover of each HTML report')
    .option('--history <db>', "record each practice's run in a SQLite history database (default: $HIPAA_HERO_HISTORY), and show each one's trend in the index")
    .addOption(profileOption())
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText(
      'after',
      `
Each practice's reports go to <out>/<slug>/, the slug made from its practice name.
A stack file that cannot be read is listed in the index with its error; the others
still run. The due column lists the first 3 items due within 90 days.
Exit codes: 0 every practice audited (and passed any --fail-on/--fail-under gate)
            1 a practice failed the gate · 2 a stack file or report could not be
            read (after writing all the rest), or a bad command line · 3 internal error
${examples(
  'hipaa-hero portfolio clients/ --out portfolio',
  'hipaa-hero portfolio clients/*.yaml --out portfolio --concurrency 8',
  'hipaa-hero portfolio clients/ --out portfolio --offline --now 2026-12-31',
  'hipaa-hero portfolio clients/ --out portfolio --fail-on high    # a CI gate',
  'hipaa-hero portfolio clients/ --out portfolio --history clients.db   # with each practice\'s trend',
  'hipaa-hero portfolio --from-reports reports --out portfolio     # after a CI matrix',
  'hipaa-hero portfolio clients/ --out portfolio --profile proposed-2025   # readiness for the 2025 proposed rule',
)}`,
    )
    .action(async (paths: string[], opts) => {
      const { portfolioCommand } = await import('../portfolio/command.js');
      process.exitCode = await portfolioCommand(paths, opts);
    });
}
