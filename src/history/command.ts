// `hipaa-hero history <db>`: the runs recorded by audit --history, newest last, and the trend of
// each practice; printed, or written to a file with -o (whole or not at all, mode 0600).
import { UsageError } from '../errors.js';
import { identify, sameFile } from '../fs-safe.js';
import { err, writeStdout } from '../cli/io.js';
import { EXIT } from '../cli/run.js';
import { writeOutputFile } from '../write-file.js';
import { openHistory } from './db.js';
import { HISTORY_SCHEMA } from './migrations.js';
import { listRuns, practices, trends } from './query.js';
import { renderHistoryJson, renderHistoryMarkdown, renderHistoryText, type HistoryView } from './render.js';

export interface HistoryFlags {
  practice?: string;
  last?: number;
  format: 'text' | 'json' | 'markdown';
  output?: string;
}

/** The history view of a database: read, checked, with the trends of the runs shown. */
export async function readHistory(file: string, filter: HistoryView['filter']): Promise<HistoryView> {
  const db = await openHistory(file, false);
  try {
    const runs = listRuns(db, file, filter);
    const view: HistoryView = { file, schema: HISTORY_SCHEMA, runs, trends: trends(db, file, runs), filter };
    if (runs.length === 0 && filter.practice !== undefined) view.practices = practices(db, file);
    return view;
  } finally {
    db.close();
  }
}

export async function historyCommand(file: string, flags: HistoryFlags): Promise<number> {
  const toFile = flags.output !== undefined && flags.output !== '-' && flags.output !== '/dev/stdout';
  if (toFile && sameFile(await identify(flags.output!), await identify(file))) {
    throw new UsageError(`--output ${flags.output}: ${flags.output} is the history database, the input of this command — writing the list there would destroy it; choose another path`);
  }
  const filter: HistoryView['filter'] = {
    ...(flags.practice !== undefined ? { practice: flags.practice } : {}),
    ...(flags.last !== undefined ? { last: flags.last } : {}),
  };
  const view = await readHistory(file, filter);
  const width = toFile ? 80 : process.stdout.columns || 80;
  const body = flags.format === 'json' ? renderHistoryJson(view) : flags.format === 'markdown' ? renderHistoryMarkdown(view) : renderHistoryText(view, width);
  if (toFile) {
    await writeOutputFile(flags.output!, body);
    err(`hipaa-hero: wrote ${flags.output}: ${view.runs.length} run${view.runs.length === 1 ? '' : 's'}\n`);
  } else {
    await writeStdout(body, flags.format);
  }
  return EXIT.ok;
}
