// The due list as JSON, schemaVersion 1: a stable shape for scripts and dashboards. Fields are only
// ever added in version 1; a renamed or removed field, or a changed meaning, makes version 2.
import { VERSION } from '../version.js';
import type { DueList } from './due.js';
import type { DueItem } from './items.js';

export interface DueJson {
  schemaVersion: 1;
  tool: { name: 'hipaa-hero'; version: string };
  practice: string;
  /** The stack file, as given on the command line. */
  stack: string;
  /** The run's day and the window's last day (YYYY-MM-DD), and the window in days. */
  now: string;
  horizon: string;
  withinDays: number;
  /** The earliest day an overdue item's start was looked for. */
  lookback: string;
  counts: { overdue: number; coming: number };
  /** Overdue first (oldest first), then by date. */
  items: DueItem[];
  notes: string[];
}

/** Each item's fields in one fixed order, whatever order they were made in. */
const item = (i: DueItem): DueItem => ({
  date: i.date,
  days: i.days,
  overdue: i.overdue,
  status: i.status,
  was: i.was,
  checkId: i.checkId,
  kind: i.kind,
  title: i.title,
  severity: i.severity,
  obligation: i.obligation,
  subject: i.subject,
  message: i.message,
  fix: i.fix,
  location: i.location === null ? null : { file: i.location.file, line: i.location.line, column: i.location.column, pointer: i.location.pointer },
});

export function dueJson(list: DueList): DueJson {
  return {
    schemaVersion: 1,
    tool: { name: 'hipaa-hero', version: VERSION },
    practice: list.practice,
    stack: list.file,
    now: list.now,
    horizon: list.horizon,
    withinDays: list.withinDays,
    lookback: list.lookback,
    counts: { overdue: list.items.filter((i) => i.overdue).length, coming: list.items.filter((i) => !i.overdue).length },
    items: list.items.map(item),
    notes: [...list.notes],
  };
}

export const renderDueJson = (list: DueList): string => JSON.stringify(dueJson(list), null, 2) + '\n';
