// The command-line program: commands and flags. Each command's work lives in its own module, loaded
// only when that command runs, so `--version` and `--help` stay fast.
import { Command, Option } from 'commander';
import { collect, examples, parseCount, parseDay, parseScore, parseSeconds, profileOption, SEVERITY_CHOICES } from './flag-parsers.js';
import { VERSION } from '../version.js';
import { exitCodeFor, watchStdout } from './run.js';
import { addDueCommand } from './due-command.js';
import { addHistoryCommand } from './history-command.js';
import { addPortfolioCommand } from './portfolio-command.js';

/** The flags that control live probing, shared by `audit` and `probe`. */
function probeOptions(command: Command, what: string): Command {
  return command
    .option('--facts <file>', `replay endpoint facts saved by --save-facts instead of probing ${what} (no network)`)
    .option('--save-facts <file>', 'write what the probes saw to this file (JSON, mode 0600)')
    .option('--timeout <seconds>', 'time limit for each connection (handshake or request)', parseSeconds, 5)
    .option('--deadline <seconds>', 'time limit for all probing; endpoints not done by then are errors', parseSeconds, 60)
    .option('--concurrency <n>', 'endpoints probed at once', parseCount, 16)
    .option('--ca <file>', 'trust the certificates in this PEM file instead of the system roots')
    .option('--no-browser', "read each endpoint's page from its HTML instead of loading it in Chromium (sees no tracker a script adds)");
}

const ALLOW_OUTSIDE =
  "read document paths (BAAs, policies, the incident plan, evidence) that lead outside the stack file's folder: absolute paths, ../ paths and links out of it; without it they are not read and their checks fail";

const FORMAT_LIST = 'text, json, markdown, html, pdf, sarif, junit';

/** Where reports go and how they look: shared by `audit`, `probe` and `render`. */
function outputOptions(command: Command): Command {
  return command
    .option('--report <format[=path]>', `write a report: ${FORMAT_LIST}; no path or - is standard output (repeatable; at most one on stdout)`, collect, [])
    .addOption(new Option('-f, --format <format>', 'one report on standard output (or to --output): the same as --report <format>').choices(FORMAT_LIST.split(', ')))
    .option('-o, --output <path>', 'write the --format report to this file instead of stdout')
    .option('--prepared-by <name>', 'the consultant or officer named on the cover of the HTML and PDF reports')
    .option('--logo <file>', 'an image (PNG, JPEG, GIF, WebP, SVG; under 1 MB) inlined on the cover of the HTML and PDF reports')
    .option('--chromium <path>', 'the Chromium that visits pages and prints the PDF report (default: found on PATH)')
    .option('--no-color', 'no colours in the text report (NO_COLOR is honoured too)');
}


export function buildProgram(): Command {
  const program = new Command('hipaa-hero')
    .description("Audit a medical spa's technology stack for HIPAA and write a scored checklist report.")
    .version(VERSION, '-V, --version', 'print the version and exit (-v works too)')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Exit codes: 0 the audit passed its gate · 1 the gate failed
            2 bad input or command line · 3 internal error
${examples('hipaa-hero init', 'hipaa-hero audit stack.yaml', 'hipaa-hero audit stack.yaml --report html=report.html --report json=report.json', 'hipaa-hero attest stack.yaml', 'hipaa-hero validate stack.yaml', 'hipaa-hero checks --coverage')}`,
    );

  const audit = program
    .command('audit')
    .description('Validate a stack file, probe its endpoints, run every check, score and report')
    .argument('<file>', 'the stack YAML file')
    .option('--now <YYYY-MM-DD>', 'judge dates as of this day, and date the report that day (default: today)', parseDay)
    .option('--offline', 'make no network requests; live endpoint checks report not_judged (unless --facts)', false)
    .option('--checks <dir>', 'also load the check modules in this directory (repeatable)', collect, [])
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a failure of this severity or higher is not waived; none never fails on findings')
        .choices(SEVERITY_CHOICES)
        .default('low'),
    )
    .option('--fail-under <score>', 'also exit 1 when the score is under this number (0-100)', parseScore)
    .option('--baseline <report.json>', 'compare with a previous JSON report: mark each result new or unchanged, list what was resolved')
    .option('--fail-on-new', 'with --baseline: exit 1 only for failures that are not in the baseline', false)
    .option('--allow-outside', ALLOW_OUTSIDE, false)
    .option('--sign <key.pem>', 'sign the JSON report: a detached signature is written to <report>.sig')
    .option('--cert <cert.pem>', "the signing key's X.509 certificate (RSA): makes a PKCS#7 signature anyone can check")
    .option('--history <db>', 'record this run in a SQLite history database (default: $HIPAA_HERO_HISTORY), and draw the score over time in the HTML report')
    .addOption(profileOption())
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText(
      'after',
      examples(
        'hipaa-hero audit stack.yaml',
        'hipaa-hero audit stack.yaml --report html=report.html --report json=report.json --report sarif=report.sarif',
        'hipaa-hero audit stack.yaml --baseline last-year.json --fail-on-new   # gate only on what got worse',
        'hipaa-hero audit stack.yaml --report json=report.json --sign key.pem --cert cert.pem',
        'hipaa-hero audit stack.yaml --now 2026-12-31 --format json -o report.json',
        'hipaa-hero audit stack.yaml --fail-on high --fail-under 80     # a CI gate',
        'hipaa-hero audit stack.yaml --checks ./our-checks',
        'hipaa-hero audit stack.yaml --save-facts facts.json   # keep what the probes saw',
        'hipaa-hero audit stack.yaml --facts facts.json        # re-score it later, offline',
        'hipaa-hero audit stack.yaml --profile proposed-2025   # also the 2025 proposed rule (not law)',
      ),
    )
    .action(async (file: string, opts) => {
      const { auditCommand } = await import('./audit-command.js');
      process.exitCode = await auditCommand(file, opts);
    });
  probeOptions(audit, "the stack's endpoints");
  outputOptions(audit);

  const probe = program
    .command('probe')
    .description('Check the TLS and HTTP security of URLs and grade them, without a stack file')
    .argument('<url...>', 'https:// (or http://) addresses to probe')
    .option('--no-phi', 'judge the URLs as pages without PHI (by default they are judged as PHI pages, more strictly)')
    .option('--now <YYYY-MM-DD>', 'judge certificate dates as of this day (default: today)', parseDay)
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a failure of this severity or higher remains; none never fails on findings')
        .choices(SEVERITY_CHOICES)
        .default('low'),
    )
    .option('--fail-under <score>', 'also exit 1 when the score is under this number (0-100)', parseScore)
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText(
      'after',
      examples(
        'hipaa-hero probe https://book.example.com',
        'hipaa-hero probe https://portal.example.com https://example.com --format json',
        'hipaa-hero probe https://staging.example.internal --ca our-ca.pem --timeout 10',
      ),
    )
    .action(async (urls: string[], opts) => {
      const { probeCommand } = await import('./probe-command.js');
      process.exitCode = await probeCommand(urls, opts);
    });
  probeOptions(probe, 'the URLs');
  outputOptions(probe);

  const render = program
    .command('render')
    .description('Render a saved JSON report again, in other formats or with another cover, without re-running anything')
    .argument('<report.json>', 'a JSON report written by audit or probe')
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText(
      'after',
      examples(
        'hipaa-hero render report.json --report html=report.html',
        "hipaa-hero render report.json --report pdf=client.pdf --prepared-by 'Ana Lima, Compliance Partners' --logo logo.png",
      ),
    )
    .action(async (file: string, opts) => {
      const { renderCommand } = await import('./render-command.js');
      process.exitCode = await renderCommand(file, opts);
    });
  outputOptions(render);

  program
    .command('diff')
    .description('Compare two JSON reports: score changes overall and per area, new, unchanged and resolved results')
    .argument('<old.json>', 'the earlier report (the baseline)')
    .argument('<new.json>', 'the later report')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--fail-on-new', 'exit 1 when the later report has failures (fail or error) that the earlier one did not', false)
    .option('--history <db>', 'compare two runs recorded in this history database: give their run numbers instead of files')
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText('after', examples('hipaa-hero diff 2025-report.json 2026-report.json', 'hipaa-hero diff old.json new.json --format json', 'hipaa-hero diff old.json new.json --format markdown >> "$GITHUB_STEP_SUMMARY"', 'hipaa-hero diff --history hipaa-history.db 3 7   # runs 3 and 7 of audit --history'))
    .action(async (older: string, newer: string, opts) => {
      const { diffCommand } = await import('./diff-command.js');
      process.exitCode = await diffCommand(older, newer, opts);
    });

  program
    .command('verify')
    .description("Check a signed JSON report against the signer's key: exit 0 only when it is intact and signed by the key given with --cert; 1 when it was altered, signed by another key, or no --cert was given")
    .argument('<report.json>', 'the JSON report')
    .option('--sig <file>', 'the detached signature (default: <report.json>.sig, as audit --sign writes it)')
    .option('--cert <cert.pem>', "the signer's certificate or public key, which the report must be signed with (needed for exit 0: a certificate inside a signature can claim any name)")
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText('after', examples('hipaa-hero verify report.json --cert cert.pem', 'hipaa-hero verify report.json --sig report.json.sig --cert public.pem'))
    .action(async (file: string, opts: { sig?: string; cert?: string }) => {
      const { verifyCommand } = await import('./verify-command.js');
      process.exitCode = await verifyCommand(file, opts);
    });

  program
    .command('validate')
    .description('Check that a stack file is valid, and print every problem as file:line:col')
    .argument('<file>', 'the stack YAML file')
    .option('--checks <dir>', 'check modules whose ids waivers may name (repeatable)', collect, [])
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText('after', examples('hipaa-hero validate stack.yaml'))
    .action(async (file: string, opts) => {
      const { validateCommand } = await import('./validate-command.js');
      process.exitCode = await validateCommand(file, opts);
    });

  program
    .command('init')
    .description('Interview the privacy officer and write a stack file, then audit it')
    .argument('[file]', 'where to write the stack file', 'stack.yaml')
    .option('-y, --yes', 'write a documented template instead of asking questions (also when there is no terminal)', false)
    .option('--force', 'replace an existing file without asking', false)
    .option('--no-audit', 'do not run the audit after writing the file')
    .option('--now <YYYY-MM-DD>', 'the day written into dates and used by the audit (default: today)', parseDay)
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText('after', examples('hipaa-hero init', 'hipaa-hero init clinic.yaml', 'hipaa-hero init --yes template.yaml'))
    .action(async (file: string, opts) => {
      const { initCommand } = await import('./init-command.js');
      process.exitCode = await initCommand(file, opts);
    });

  program
    .command('attest')
    .description('Answer the checklist items the audit cannot prove, and write the answers into the stack file')
    .argument('<file>', 'the stack YAML file')
    .option('--only <citation>', 'ask only about this citation or check id (repeatable)', collect, [])
    .option('--by <name>', 'who attests (asked once when not given)')
    .option('--allow-outside', ALLOW_OUTSIDE, false)
    .option('--now <YYYY-MM-DD>', 'the day written as the attestation date (default: today)', parseDay)
    .option('--checks <dir>', 'also load the check modules in this directory (repeatable)', collect, [])
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText(
      'after',
      examples('hipaa-hero attest stack.yaml', "hipaa-hero attest stack.yaml --only '164.310(d)(2)(i)' --by 'Dana Lee, Privacy Officer'"),
    )
    .action(async (file: string, opts) => {
      const { attestCommand } = await import('./attest-command.js');
      process.exitCode = await attestCommand(file, opts);
    });

  const checks = program
    .command('checks')
    .description('List the check catalog: id, severity, HIPAA citations and title')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--coverage', 'print the coverage matrix instead: every HIPAA catalog item, required or addressable, and what covers it', false)
    .option('--checks <dir>', 'include the check modules in this directory (repeatable)', collect, [])
    .addOption(profileOption())
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText(
      'after',
      examples(
        'hipaa-hero checks',
        'hipaa-hero checks --format json',
        'hipaa-hero checks --coverage',
        'hipaa-hero checks show vendors.baa-signed',
        'hipaa-hero checks --profile proposed-2025   # with the checks of the 2025 proposed rule',
      ),
    )
    .action(async (opts) => {
      const { listChecksCommand } = await import('./checks-command.js');
      process.exitCode = await listChecksCommand(opts);
    });
  checks
    .command('show')
    .description('Show one check or attestation item: what it verifies, why, how to fix it, and its citations')
    .argument('<id>', "a check id, e.g. vendors.baa-signed, or an attestation item's citation")
    .option('--checks <dir>', 'include the check modules in this directory (repeatable)', collect, [])
    .option('--debug', 'print stack traces for errors', false)
    .action(async (id: string, opts) => {
      const { showCheckCommand } = await import('./checks-command.js');
      process.exitCode = await showCheckCommand(id, opts);
    });

  program
    .command('schema')
    .description('Print the JSON Schema of the stack file (or, with --report, of the JSON report)')
    .option('--report', 'print the JSON report schema instead', false)
    .addHelpText('after', examples('hipaa-hero schema > stack.schema.json', 'hipaa-hero schema --report'))
    .action(async (opts: { report: boolean }) => {
      const { schemaCommand } = await import('./schema-command.js');
      process.exitCode = schemaCommand(opts);
    });

  addDueCommand(program);
  addHistoryCommand(program);
  addPortfolioCommand(program);

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  const debug = argv.includes('--debug');
  // A reader that stops early (`| head`) is not an error; a full disk is one line, exit 2.
  watchStdout();
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      process.exitCode = 2;
      return;
    }
    // `-v` alone is the version too, as many CLIs have it (commander takes one short flag).
    await program.parseAsync(argv.length === 3 && argv[2] === '-v' ? [...argv.slice(0, 2), '--version'] : argv);
  } catch (err) {
    process.exitCode = exitCodeFor(err, debug, (s) => process.stderr.write(s));
  }
}
