// `hipaa-hero portfolio`, the work: check the command line and --out before anything runs, audit
// every practice (or read saved reports), write each practice's reports and then the index, print
// the index as a table. Exit code: 2 when a stack file or report could not be read (everything else
// is still written), else 1 when a practice fails the --fail-on/--fail-under gate, else 0.
import type { ProfileId } from '../engine/profiles.js';
import { today } from '../engine/days.js';
import type { FailOn } from '../engine/score.js';
import { UsageError } from '../errors.js';
import { err, note, writeStdout } from '../cli/io.js';
import { EXIT } from '../cli/run.js';
import { generatedAtFor, NO_BROWSER, withProbeSettings, type ProbeFlags, type RunSession } from '../cli/shared.js';
import type { RenderSettings } from '../report/render.js';
import { sanitizeLine } from '../report/sanitize.js';
import { discoverStacks } from './discover.js';
import { buildIndex } from './model.js';
import { renderIndexHtml } from './render-html.js';
import { renderIndexJson, renderIndexMarkdown, renderIndexText } from './render.js';
import { portfolioFromReports } from './reports.js';
import { runPortfolio, type PortfolioRun } from './run.js';
import { openPortfolio } from './write.js';

export interface PortfolioFlags {
  out?: string;
  fromReports?: string;
  concurrency: number;
  now?: string;
  offline?: boolean;
  timeout: number;
  deadline: number;
  browser?: boolean;
  failOn: FailOn;
  profile?: ProfileId;
  history?: string;
  failUnder?: number;
  checks: string[];
  allowOutside?: boolean;
  preparedBy?: string;
}

const INDEX_NAMES = ['index.json', 'index.html', 'index.md'] as const;
/** Endpoints of one practice probed at once (as audit's default). */
const ENDPOINT_CONCURRENCY = 16;

/** One Chromium for the whole run's page visits, as audit's session has; none offline or with --no-browser. */
async function openBrowser(flags: PortfolioFlags): Promise<RunSession> {
  if (flags.offline || flags.browser === false) return {};
  const { findPageBrowser } = await import('../gather/page-visit.js');
  const browser = await findPageBrowser();
  if (browser === undefined) note(`${NO_BROWSER}: install Chromium, or give --no-browser to read pages from their HTML on purpose`);
  return browser === undefined ? {} : { browser };
}

export async function portfolioCommand(paths: string[], flags: PortfolioFlags): Promise<number> {
  if (flags.out === undefined) throw new UsageError('give the folder to write the portfolio to with --out <dir> (it is created when it does not exist)');
  if (flags.fromReports !== undefined && paths.length) {
    throw new UsageError('--from-reports builds the index from saved reports: give either stack files and folders, or --from-reports <dir>, not both');
  }
  if (flags.fromReports === undefined && paths.length === 0) throw new UsageError('give stack files or folders of stack files, or --from-reports <dir>');
  if (flags.fromReports !== undefined && flags.history !== undefined) {
    throw new UsageError('--history records the runs portfolio audits; saved reports were recorded (or not) when they were written: drop --history with --from-reports');
  }
  const history = flags.fromReports === undefined ? (await import('../history/record.js')).historyDestination(flags.history) : undefined;
  const failUnder = flags.failUnder ?? null;
  const generatedAt = generatedAtFor(flags.now);
  const render: RenderSettings = { color: false, width: 80, ...(flags.preparedBy !== undefined ? { preparedBy: flags.preparedBy } : {}) };
  const found = flags.fromReports === undefined ? await discoverStacks(paths) : undefined;
  const writer = await openPortfolio(flags.out);
  let run: PortfolioRun;
  if (found === undefined) {
    run = await portfolioFromReports({ dir: flags.fromReports!, failOn: flags.failOn, failUnder, render, writer, indexNames: INDEX_NAMES });
  } else {
    const probeFlags: ProbeFlags = {
      timeout: flags.timeout,
      deadline: flags.deadline,
      concurrency: ENDPOINT_CONCURRENCY,
      ...(flags.offline ? { offline: true } : {}),
      ...(flags.browser === false ? { browser: false } : {}),
      ...(flags.allowOutside ? { allowOutside: true } : {}),
    };
    const session = await openBrowser(flags);
    try {
      run = await withProbeSettings(probeFlags, session, (probe) =>
        runPortfolio({
          files: found.files,
          now: flags.now ?? today(),
          checksDirs: flags.checks,
          concurrency: flags.concurrency,
          failOn: flags.failOn,
          failUnder,
          ...(flags.profile !== undefined ? { profile: flags.profile } : {}),
          ...(history ? { history } : {}),
          probe,
          render: session.browser ? { ...render, browser: session.browser } : render,
          ...(generatedAt ? { generatedAt } : {}),
          writer,
          indexNames: INDEX_NAMES,
        }),
      );
    } finally {
      await session.browser?.close();
    }
    if (found.skipped.length) {
      run.notes.push(`Skipped ${found.skipped.length === 1 ? '1 YAML file that is not a stack file' : `${found.skipped.length} YAML files that are not stack files`} (no top-level version: and practice:): ${found.skipped.join(', ')}.`);
    }
  }
  const index = buildIndex({
    source: found === undefined ? 'reports' : 'audit',
    generatedAt: generatedAt ?? new Date(),
    gate: { failOn: flags.failOn, failUnder },
    ...run,
  });
  await writer.write([
    { name: 'index.json', content: renderIndexJson(index) },
    { name: 'index.html', content: renderIndexHtml(index) },
    { name: 'index.md', content: renderIndexMarkdown(index) },
  ]);
  await writeStdout(renderIndexText(index), 'text');
  const n = index.counts.practices;
  err(`hipaa-hero: wrote ${sanitizeLine(writer.resolve('index.html'))} (and index.json, index.md) and the reports of ${n} practice${n === 1 ? '' : 's'}\n`);
  if (index.counts.unreadable) {
    err(`hipaa-hero: ${index.counts.unreadable} ${found ? 'stack file' : 'report'}${index.counts.unreadable === 1 ? '' : 's'} could not be read:\n`);
    for (const u of index.unreadable) err(`${sanitizeLine(u.error)}\n`);
    return EXIT.badInput;
  }
  return index.counts.gateFailed ? EXIT.gateFailed : EXIT.ok;
}
