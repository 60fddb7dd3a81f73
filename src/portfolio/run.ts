// `hipaa-hero portfolio <paths…>`, the audits: every stack loaded (a broken one is kept with its
// one-line error), the outputs checked against every input, then each practice audited through the
// audit pipeline (auditLoaded, with the checks loaded once), at most `concurrency` at a time; its
// reports are written as soon as it is done, and only a summary is kept for the index.
import type { AuditHistory } from '../history/record.js';
import { DEFAULT_PROFILE, inProfile, PROFILES, type ProfileId } from '../engine/profiles.js';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { auditLoaded, type ProbeSettings } from '../audit.js';
import { loadChecks, stackLoadOptions } from '../load-checks.js';
import type { Check } from '../engine/check.js';
import type { FailOn } from '../engine/score.js';
import { InputError } from '../errors.js';
import { documentLocations, gatherDocuments } from '../gather/documents.js';
import type { EndpointFacts } from '../gather/endpoint-facts.js';
import { readFactsFile, replayFacts } from '../gather/facts-file.js';
import type { Facts } from '../gather/facts.js';
import { renderFormats, type RenderSettings } from '../report/render.js';
import { loadStack, type LoadedStack } from '../stack/load.js';
import { refuseOverlaps, type Destination, type InputFile } from '../write-file.js';
import { factsBeside } from './discover.js';
import { dueSoon } from './due.js';
import { profileNote, summarize, type PracticeEntry, type Unreadable } from './model.js';
import { slugMaker } from './slug.js';
import type { PortfolioWriter } from './write.js';

export interface PortfolioOptions {
  files: readonly string[];
  now: string;
  checksDirs: readonly string[];
  /** Practices audited at once. */
  concurrency: number;
  failOn: FailOn;
  failUnder: number | null;
  /** The rules measured against (--profile); the rules in force when absent. */
  profile?: ProfileId;
  /** --history <db> (else HIPAA_HERO_HISTORY): each practice's run is recorded there, and its trend read from it. */
  history?: Destination;
  /** One practice's probe settings (its deadline is per practice); factsFile and saveFacts are set here. */
  probe: ProbeSettings;
  render: RenderSettings;
  generatedAt?: Date;
  writer: PortfolioWriter;
  /** Index files written after the audits: checked, like the reports, against every input first. */
  indexNames: readonly string[];
}

export interface PortfolioRun {
  practices: PracticeEntry[];
  unreadable: Unreadable[];
  notes: string[];
}

/** A problem as one line: the first of an InputError's problems, and how many more there are. */
export function oneLineError(e: InputError): string {
  const [first, ...more] = e.message.split('\n');
  return more.length ? `${first} (and ${more.length} more problem${more.length === 1 ? '' : 's'}: run hipaa-hero validate on it)` : first!;
}

/** The per-practice report files, relative to --out. */
export const REPORT_FILES = [
  { format: 'json', name: 'report.json' },
  { format: 'html', name: 'report.html' },
  { format: 'markdown', name: 'report.md' },
] as const;

const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);

type Good = { file: string; loaded: LoadedStack; slug: string };
type Loaded = Good | { file: string; error: string };
const isGood = (s: Loaded): s is Good => 'loaded' in s;

export async function runPortfolio(options: PortfolioOptions): Promise<PortfolioRun> {
  const checks = await loadChecks(options.checksDirs);
  const loadOptions = stackLoadOptions(checks);
  const limit = pLimit(options.concurrency);
  const slugFor = slugMaker();
  const settled = await Promise.all(
    options.files.map((file) =>
      limit(async (): Promise<{ file: string; loaded: LoadedStack } | { file: string; error: string }> => {
        try {
          return { file, loaded: await loadStack(file, loadOptions) };
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          return { file, error: oneLineError(e) };
        }
      }),
    ),
  );
  // Slugs in the order the files were given, so a run gives the same folders each time.
  const stacks: Loaded[] = settled.map((s) => ('loaded' in s ? { ...s, slug: slugFor(s.loaded.stack.practice.name) } : s));
  const replay = new Map<string, string>();
  if (options.probe.offline) {
    for (const s of stacks) if ('loaded' in s && (await isFile(factsBeside(s.file)))) replay.set(s.file, factsBeside(s.file));
  }
  const outputs = planned(stacks, options);
  await options.writer.check(outputs.map((o) => o.name));
  await refuseOverlaps(outputs, inputsOf(stacks, replay));
  // Live probes are saved (mode 0600, in a private folder removed at the end) so the due list reads what the audit saw.
  const saved = options.probe.offline || options.probe.factsFile !== undefined ? undefined : await mkdtemp(path.join(os.tmpdir(), 'hipaa-hero-portfolio-'));
  const practices = new Map<string, PracticeEntry>();
  const unreadable = new Map<string, Unreadable>();
  // Opened once every input and output is known, and refused when it is one of them.
  const history = options.history && (await (await import('../history/record.js')).openAuditHistory(options.history, inputsOf(stacks, replay), outputs));
  try {
    await Promise.all(
      stacks.map((s, i) =>
        limit(async () => {
          if (!('loaded' in s)) return void unreadable.set(s.file, { file: s.file, error: s.error });
          try {
            const saveFacts = saved === undefined ? undefined : path.join(saved, `${i}.facts.json`);
            practices.set(s.file, await auditOne(s, checks, options, replay.get(s.file), saveFacts, history));
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
            unreadable.set(s.file, { file: s.file, error: oneLineError(e) });
          }
        }),
      ),
    );
  } finally {
    history?.close();
    if (saved !== undefined) await rm(saved, { recursive: true, force: true });
  }
  const notes: string[] = [];
  const id = options.profile ?? DEFAULT_PROFILE;
  const profile = profileNote(PROFILES[id].proposal ? [id] : []);
  if (profile) notes.push(profile);
  if (options.probe.offline && stacks.filter(isGood).some((s) => (s.loaded.stack.endpoints ?? []).length > 0 && !replay.has(s.file))) {
    notes.push('Certificate expiries are not in the due lists of practices audited without endpoint facts: --offline probes nothing (save facts beside a stack as <name>.facts.json to replay them).');
  }
  return {
    practices: options.files.flatMap((f) => practices.get(f) ?? []),
    unreadable: options.files.flatMap((f) => unreadable.get(f) ?? []),
    notes,
  };
}

function planned(stacks: readonly Loaded[], options: PortfolioOptions): Array<Destination & { name: string }> {
  const flag = `--out ${options.writer.out}`;
  const names = [
    ...stacks.flatMap((s) => ('loaded' in s ? REPORT_FILES.map((r) => `${s.slug}/${r.name}`) : [])),
    ...options.indexNames,
  ];
  return names.map((name) => ({ name, path: options.writer.resolve(name), what: `the portfolio's ${name}`, flag }));
}

function inputsOf(stacks: readonly Loaded[], replay: ReadonlyMap<string, string>): InputFile[] {
  return stacks.flatMap((s): InputFile[] => [
    { path: s.file, what: 'a stack file' },
    ...('loaded' in s ? documentLocations(s.loaded.stack, s.loaded.dir).map((p) => ({ path: p, what: 'a document named in a stack file' })) : []),
    ...(replay.has(s.file) ? [{ path: replay.get(s.file)!, what: 'a facts file beside a stack' }] : []),
  ]);
}

async function auditOne(
  s: { file: string; loaded: LoadedStack; slug: string },
  checks: readonly Check[],
  options: PortfolioOptions,
  factsFile: string | undefined,
  saveFacts: string | undefined,
  history: AuditHistory | undefined,
): Promise<PracticeEntry> {
  const probe: ProbeSettings = {
    ...options.probe,
    ...(factsFile !== undefined ? { factsFile } : {}),
    ...(saveFacts !== undefined ? { saveFacts } : {}),
    outputs: [],
  };
  const audited = await auditLoaded(s.loaded, checks, {
    now: options.now,
    failOn: options.failOn,
    failUnder: options.failUnder,
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    probe,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
  });
  // The practice's earlier runs go into its report (the HTML draws them) and the index's trend column.
  const report = history ? history.withTrend(audited) : audited;
  // The due list runs the checks on other days, on the same facts: documents read again, endpoints as the audit saw them.
  const urls = (s.loaded.stack.endpoints ?? []).map((e) => e.url);
  const replayFrom = factsFile ?? (saveFacts !== undefined && (await isFile(saveFacts)) ? saveFacts : undefined);
  const endpoints: Record<string, EndpointFacts> | undefined = replayFrom === undefined ? undefined : replayFacts(await readFactsFile(replayFrom), urls, replayFrom);
  const documents = await gatherDocuments(s.loaded.stack, s.loaded.dir, { allowOutside: options.probe.allowOutside === true });
  const facts: Facts = endpoints === undefined ? { documents } : { documents, endpoints };
  const due = dueSoon(s.loaded, checks.filter((c) => inProfile(c.meta, options.profile ?? DEFAULT_PROFILE)), facts, options.now, options.probe.offline);
  const bodies = await renderFormats(REPORT_FILES.map((r) => ({ format: r.format, settings: options.render })), report);
  await options.writer.write(REPORT_FILES.map((r, i) => ({ name: `${s.slug}/${r.name}`, content: bodies[i]! })));
  // Recorded once its reports are written, as audit --history does.
  await history?.record(report);
  return summarize(report, { stack: s.file, slug: s.slug }, { failOn: options.failOn, failUnder: options.failUnder }, due);
}
