// What falls due next for one practice: the pure parts of `hipaa-hero due` (src/due/evaluate.ts and
// items.ts) on a stack already loaded and facts already gathered, so a portfolio reads and probes
// each practice once. Like `due`, only the built-in checks are run on the days searched.
import { makeEvaluator } from '../due/evaluate.js';
import { findDue, type DueItem } from '../due/items.js';
import { LOOKBACK_MONTHS } from '../due/due.js';
import type { Check } from '../engine/check.js';
import { addDays, addMonths } from '../engine/days.js';
import { pluginFileOf } from '../engine/plugin-host.js';
import type { Facts } from '../gather/facts.js';
import type { LoadedStack } from '../stack/load.js';

export const DUE_WINDOW_DAYS = 90;
export const DUE_SHOWN = 3;

/** The first items of the due list within the window (what is overdue first, then by day). */
export function dueSoon(loaded: LoadedStack, checks: readonly Check[], facts: Facts, now: string, offline: boolean): DueItem[] {
  const builtin = checks.filter((c) => pluginFileOf(c) === undefined);
  const evaluator = makeEvaluator({ checks: builtin, stack: loaded.stack, facts, offline });
  const items = findDue(evaluator, {
    now,
    horizon: addDays(now, DUE_WINDOW_DAYS),
    lookback: addMonths(now, -LOOKBACK_MONTHS),
    file: loaded.file,
    locate: loaded.locate,
  });
  return items.slice(0, DUE_SHOWN);
}
