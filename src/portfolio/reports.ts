// `hipaa-hero portfolio --from-reports <dir>`: the index from JSON reports already written (one CI
// job per practice), each read and validated by the report reader; no audit runs. The folder's own
// *.json files are read, and those one folder down (actions/download-artifact puts each artifact
// in its own folder); links are skipped, and so are saved facts (*.facts.json).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { FailOn } from '../engine/score.js';
import { InputError, UsageError } from '../errors.js';
import { readReportFile, type SavedReport } from '../report/read.js';
import { renderFormats, type RenderSettings } from '../report/render.js';
import { sanitizeLine } from '../report/sanitize.js';
import { refuseOverlaps } from '../write-file.js';
import { profileNote, summarize, type PracticeEntry, type Unreadable } from './model.js';
import { oneLineError, REPORT_FILES, type PortfolioRun } from './run.js';
import { slugMaker } from './slug.js';
import type { PortfolioWriter } from './write.js';

const isReportName = (name: string) => name.toLowerCase().endsWith('.json') && !name.toLowerCase().endsWith('.facts.json');

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`--from-reports ${sanitizeLine(dir)}: cannot read the folder (${(e as NodeJS.ErrnoException).code ?? 'error'}) — give the folder the JSON reports were downloaded to`);
  }
}

/** The report files in the folder and its sub-folders (one level), sorted by path. */
export async function findReports(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(`--from-reports ${sanitizeLine(dir)}: ${info ? 'is a file, not a folder' : 'no such folder'} — give the folder the JSON reports were written or downloaded to`);
  }
  const files: string[] = [];
  for (const e of await entries(dir)) {
    if (e.isFile() && isReportName(e.name)) files.push(path.join(dir, e.name));
    if (e.isDirectory()) {
      for (const inner of await entries(path.join(dir, e.name))) if (inner.isFile() && isReportName(inner.name)) files.push(path.join(dir, e.name, inner.name));
    }
  }
  if (files.length === 0) throw new UsageError(`--from-reports ${sanitizeLine(dir)}: no JSON reports in it — write them with hipaa-hero audit <stack> --report json=<dir>/<name>.json`);
  return files.sort();
}

export async function portfolioFromReports(options: {
  dir: string;
  failOn: FailOn;
  failUnder: number | null;
  render: RenderSettings;
  writer: PortfolioWriter;
  indexNames: readonly string[];
}): Promise<PortfolioRun> {
  const files = await findReports(options.dir);
  const limit = pLimit(8);
  const read = await Promise.all(
    files.map((file) =>
      limit(async (): Promise<{ file: string; saved: SavedReport } | Unreadable> => {
        try {
          return { file, saved: await readReportFile(file) };
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          return { file, error: oneLineError(e) };
        }
      }),
    ),
  );
  const slugFor = slugMaker();
  const good = read.flatMap((r) => ('saved' in r ? [{ ...r, slug: slugFor(r.saved.report.stack.practice) }] : []));
  const flag = `--out ${options.writer.out}`;
  const names = [...good.flatMap((g) => REPORT_FILES.map((r) => `${g.slug}/${r.name}`)), ...options.indexNames];
  await options.writer.check(names);
  await refuseOverlaps(
    names.map((name) => ({ path: options.writer.resolve(name), what: `the portfolio's ${name}`, flag })),
    files.map((file) => ({ path: file, what: 'a report read with --from-reports' })),
  );
  const practices: PracticeEntry[] = [];
  for (const g of good) {
    const report = g.saved.report;
    const bodies = await renderFormats(REPORT_FILES.map((r) => ({ format: r.format, settings: options.render })), report);
    await options.writer.write(REPORT_FILES.map((r, i) => ({ name: `${g.slug}/${r.name}`, content: bodies[i]! })));
    practices.push(summarize(report, { stack: report.stack.path, slug: g.slug }, { failOn: options.failOn, failUnder: options.failUnder }, null));
  }
  const notes = ['Built from saved reports: the due column is empty (it needs the stack files: run hipaa-hero due <stack> for each practice).'];
  const profile = profileNote(good.flatMap((g) => (g.saved.report.profile ? [g.saved.report.profile.id] : [])));
  if (profile) notes.push(profile);
  return { practices, unreadable: read.flatMap((r) => ('error' in r ? [r] : [])), notes };
}
