// Finding the days on which results change, without knowing any check's date logic: the checks are
// pure functions of (stack, facts, day), so a result's status is sampled on a grid of days and each
// change is narrowed to its exact day by bisection. Days are day numbers (days since 1970-01-01).
// All searches of one round that need the same day share one probe, so the checks run once a day.

/**
 * How bad a status is: 0 nothing to do (pass, not applicable, waived, documented alternative), 1 a
 * warning or a question for a person, 2 a failure; undefined when it cannot be ranked (an error,
 * not judged, or no such result on that day).
 */
export type Rank = number | undefined;

/** What a probe sees of one key on one day: its rank, and the result itself (kept for the list). */
export interface Sample<T> {
  rank: Rank;
  value: T;
}

/** The samples on `day` of at least `keys` (undefined: every key the checks give that day). */
export type Probe<T> = (day: number, keys: readonly string[] | undefined) => ReadonlyMap<string, Sample<T>>;

/**
 * A result that gets worse: from `day` on its rank is `rank` (it was `from` the day before). `after`
 * is the result on `day` and `before` the one on the day before, when the search saw them.
 */
export interface Transition<T> {
  key: string;
  day: number;
  rank: number;
  from: number;
  after?: T | undefined;
  before?: T | undefined;
}

/** A search for the boundary in (lo, hi]: `lo` is on one side of it (better, or not yet worse), `hi` on the other. */
interface Task<T> {
  key: string;
  lo: number;
  hi: number;
  /** The rank on `lo` and on `hi`, and the results there when seen. */
  loRank: number;
  hiRank: number;
  loValue: T | undefined;
  hiValue: T | undefined;
  /** Forward: the rank to exceed. Backward: the rank to stay at or above. */
  level: number;
  /** Forward: the grid sample `hi` belongs to. */
  sample: number;
}

/**
 * Runs every task's bisection to its end, all tasks together: each round probes every distinct
 * middle day once. `loSide(rank, level)`: whether a day with that rank is on `lo`'s side.
 */
function bisect<T>(probe: Probe<T>, tasks: Task<T>[], loSide: (rank: Rank, level: number) => boolean, onDone: (t: Task<T>) => void): void {
  let pending = tasks;
  while (pending.length) {
    const next: Task<T>[] = [];
    const byDay = new Map<number, Task<T>[]>();
    for (const t of pending) {
      if (t.hi - t.lo <= 1) {
        onDone(t);
        continue;
      }
      const mid = t.lo + Math.floor((t.hi - t.lo) / 2);
      const group = byDay.get(mid);
      if (group) group.push(t);
      else byDay.set(mid, [t]);
    }
    for (const [mid, group] of byDay) {
      const samples = probe(mid, group.map((t) => t.key));
      for (const t of group) {
        const s = samples.get(t.key);
        if (loSide(s?.rank, t.level)) Object.assign(t, { lo: mid, loRank: s?.rank ?? t.loRank, loValue: s?.value });
        else Object.assign(t, { hi: mid, hiRank: s?.rank ?? t.hiRank, hiValue: s?.value });
        next.push(t);
      }
    }
    pending = next;
  }
}

/** The sample days after `now`: every `step` days, and the horizon itself. */
export function gridDays(now: number, horizon: number, step: number): number[] {
  const days: number[] = [];
  for (let d = now + step; d < horizon; d += step) days.push(d);
  if (horizon > now) days.push(horizon);
  return days;
}

/**
 * Every result that gets worse in (now, horizon], each time it does: ranks are sampled every `step`
 * days (a warning that lasts less than `step` days between two samples can be missed), and each
 * rise is narrowed to its day. `start` holds the samples on `now`; a key absent then counts as 0 (it
 * reported nothing), an unranked one is left out (its status is unknown, not dated).
 */
export function forwardTransitions<T>(probe: Probe<T>, start: ReadonlyMap<string, Sample<T>>, now: number, horizon: number, step: number): Transition<T>[] {
  const grid = gridDays(now, horizon, step);
  const ranks = new Map<string, Rank[]>();
  // The results on both sides of a change between two samples: where bisections start and end.
  const kept = new Map<string, T>();
  const keep = (key: string, i: number, value: T | undefined) => value !== undefined && kept.set(`${i}\u0000${key}`, value);
  let previous: ReadonlyMap<string, Sample<T>> = start;
  grid.forEach((day, i) => {
    const samples = probe(day, undefined);
    for (const [key, s] of samples) {
      if (start.has(key) && start.get(key)!.rank === undefined) continue;
      let row = ranks.get(key);
      if (!row) ranks.set(key, (row = new Array<Rank>(grid.length).fill(undefined)));
      row[i] = s.rank;
      const before = previous.get(key);
      if (before?.rank !== s.rank) {
        keep(key, i - 1, before?.value);
        keep(key, i, s.value);
      }
    }
    previous = samples;
  });
  const found: Transition<T>[] = [];
  /** The next rise of `key` above `level` after `from` (in sample `sample` or later), as a task. */
  const nextTask = (key: string, from: number, level: number, sample: number, fromValue: T | undefined): Task<T> | undefined => {
    const row = ranks.get(key)!;
    for (let i = sample; i < grid.length; i++) {
      const r = row[i];
      if (r !== undefined && r > level) {
        const lo = Math.max(from, i === 0 ? now : grid[i - 1]!);
        const loValue = lo === from ? fromValue : kept.get(`${i - 1}\u0000${key}`);
        return { key, lo, hi: grid[i]!, loRank: level, hiRank: r, loValue, hiValue: kept.get(`${i}\u0000${key}`), level, sample: i };
      }
    }
    return undefined;
  };
  let tasks: Task<T>[] = [];
  for (const key of ranks.keys()) {
    const task = nextTask(key, now, start.get(key)?.rank ?? 0, 0, start.get(key)?.value);
    if (task) tasks.push(task);
  }
  while (tasks.length) {
    const following: Task<T>[] = [];
    bisect(probe, tasks, (r, level) => r === undefined || r <= level, (t) => {
      found.push({ key: t.key, day: t.hi, rank: t.hiRank, from: t.loRank, after: t.hiValue, before: t.loValue });
      const task = nextTask(t.key, t.hi, t.hiRank, t.sample, t.hiValue);
      if (task) following.push(task);
    });
    tasks = following;
  }
  return found;
}

/** Days back that every result already due is sampled on: 1, 2, 4 … 2048, and `maxBack`. */
export function backwardOffsets(maxBack: number): number[] {
  const offsets: number[] = [];
  for (let d = 1; d < maxBack; d *= 2) offsets.push(d);
  if (maxBack > 0) offsets.push(maxBack);
  return offsets;
}

/** Days back that a result which changed between those samples is sampled on too: every 90 days. */
export function denseOffsets(maxBack: number): number[] {
  const offsets: number[] = [];
  for (let d = 90; d < maxBack; d += 90) offsets.push(d);
  return offsets;
}

/**
 * Since when each result in `current` (ranked above 0 on `now`) has been at least that bad: the day
 * after the last day, within `maxBack` days, on which it was better. A result that was never better
 * in that range is not brought about by a date: it is left out.
 *
 * Every result is first sampled on days 1, 2, 4 … back. One that was never better there, but was
 * not `same` as on `now` on some sample (its message changed with the day), is sampled every 90 days
 * too, so that a better spell shorter than the gap between two samples (an attestation in force for
 * 12 months, years ago) is not missed; one that stayed the same on every sample is taken to be
 * constant, which spares sampling the many results no date affects (a missing MFA, a missing BAA).
 */
export function backwardTransitions<T>(
  probe: Probe<T>,
  current: ReadonlyMap<string, Sample<T>>,
  now: number,
  maxBack: number,
  same: (a: T, b: T) => boolean = () => false,
): Transition<T>[] {
  const tasks: Task<T>[] = [];
  const changed = new Set<string>();
  /** Samples `keys` on the offsets not in `skip`; returns those never better. */
  const sampleBack = (keys: ReadonlyMap<string, Sample<T>>, offsets: readonly number[], skip: ReadonlySet<number>) => {
    let open = new Map(keys);
    let previous = now;
    for (const offset of offsets) {
      if (open.size === 0) break;
      const day = now - offset;
      if (skip.has(offset)) {
        previous = day;
        continue;
      }
      const samples = probe(day, [...open.keys()]);
      const still = new Map<string, Sample<T>>();
      for (const [key, at] of open) {
        const level = at.rank!;
        const s = samples.get(key);
        if (s?.rank !== undefined && s.rank < level) {
          tasks.push({ key, lo: day, hi: previous, loRank: s.rank, hiRank: level, loValue: s.value, hiValue: undefined, level, sample: 0 });
          continue;
        }
        if (!s || !same(s.value, at.value)) changed.add(key);
        still.set(key, at);
      }
      open = still;
      previous = day;
    }
    return open;
  };
  const sparse = backwardOffsets(maxBack);
  const unresolved = sampleBack(current, sparse, new Set());
  const moving = new Map([...unresolved].filter(([key]) => changed.has(key)));
  if (moving.size) sampleBack(moving, [...new Set([...sparse, ...denseOffsets(maxBack)])].sort((a, b) => a - b), new Set(sparse));
  const found: Transition<T>[] = [];
  bisect(probe, tasks, (r, level) => r !== undefined && r < level, (t) => found.push({ key: t.key, day: t.hi, rank: t.level, from: t.loRank, after: t.hiValue, before: t.loValue }));
  return found;
}
