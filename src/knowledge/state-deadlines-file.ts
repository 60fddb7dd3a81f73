// The state breach-notification deadline file (src/hipaa/state-breach-deadlines.yaml): its shape, and
// the validator that refuses a row without a source or a checked-on date. The build runs it
// (scripts/build.mjs) before writing the copy the CLI reads, and so do the tests; the lookups are in
// state-deadlines.ts, which trusts that copy and so never loads the schema library at start-up.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const STRICT = { additionalProperties: false } as const;
const Text = (description: string) => Type.String({ minLength: 1, description });
const IsoDate = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });
const StateCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'USPS code, e.g. CO' });
const Sources = Type.Array(Type.String({ pattern: '^https?://\\S+$' }), {
  minItems: 1,
  description: 'Stored public pages that state the number and the citation',
});

export const StateDeadlineSchema = Type.Object(
  {
    state: StateCode,
    name: Text('State name'),
    days: Type.Integer({ minimum: 1, description: 'Calendar days for notice to affected residents' }),
    clock: Text('What the days run from, in plain words'),
    citation: Text('The statute section that states the number'),
    hipaa: Text('What the sources say about HIPAA-regulated entities, or "not stated in the sources checked"'),
    source: Sources,
    checked: IsoDate('The date the row was checked against its sources'),
    note: Type.Optional(Text('Disagreement between sources, older numbers, limits not modelled')),
  },
  { ...STRICT, description: 'One state whose statute states a number of days' },
);

export const LeftOutSchema = Type.Object(
  {
    state: StateCode,
    name: Text('State name'),
    why: Text('Why the state has no row'),
    source: Type.Optional(Sources),
  },
  { ...STRICT, description: 'A state researched but given no row' },
);

export const StateDeadlinesFileSchema = Type.Object(
  {
    schema_version: Type.Literal(1),
    updated: IsoDate('The newest date any row may carry'),
    about: Text('What the file is, and is not'),
    states: Type.Array(StateDeadlineSchema),
    left_out: Type.Array(LeftOutSchema),
    not_checked: Type.Object({ why: Text('What being unchecked means'), states: Type.Array(StateCode) }, STRICT),
  },
  STRICT,
);

export type StateDeadline = Static<typeof StateDeadlineSchema>;
export type LeftOutState = Static<typeof LeftOutSchema>;
export type StateDeadlinesFile = Static<typeof StateDeadlinesFileSchema>;

/** The 50 states and DC, which the file must account for, one way or another. */
export const STATES_AND_DC: readonly string[] = [
  'AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS',
  'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV',
  'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY',
];
/** Territories with breach statutes; they may have rows but need not. */
const TERRITORIES = ['AS', 'GU', 'MP', 'PR', 'VI'];
const KNOWN_CODES = new Set([...STATES_AND_DC, ...TERRITORIES]);

const FILE = 'state-breach-deadlines';

/** A real calendar date written YYYY-MM-DD (the schema only checks the shape). */
const isCalendarDate = (s: string) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const rowName = (list: string, i: number, row: unknown) =>
  `${list}[${i}]${isObject(row) && typeof row.state === 'string' ? ` (${row.state})` : ''}`;

/**
 * `value` as a state-deadlines file, or an Error naming every bad row. The clear refusals come first
 * (a row with no source, no checked-on date, an unknown or repeated state); the schema then catches
 * the rest (a wrong type, an unknown field).
 */
export function validateStateDeadlines(value: unknown): StateDeadlinesFile {
  const problems: string[] = [];
  if (!isObject(value)) throw new Error(`${FILE}: not a state-deadlines file (expected a mapping with schema_version: 1)`);
  const updated = typeof value.updated === 'string' && isCalendarDate(value.updated) ? value.updated : undefined;
  if (!updated) problems.push('updated: must be a calendar date, YYYY-MM-DD');

  const placed = new Map<string, string>();
  const place = (code: unknown, where: string) => {
    if (typeof code !== 'string') return;
    if (!KNOWN_CODES.has(code)) problems.push(`${where}: unknown state code ${JSON.stringify(code)} (use the USPS code, e.g. CO)`);
    const first = placed.get(code);
    if (first) problems.push(`${where}: ${code} is already listed at ${first}`);
    else placed.set(code, where);
  };

  const rows = Array.isArray(value.states) ? value.states : [];
  rows.forEach((row, i) => {
    const where = rowName('states', i, row);
    if (!isObject(row)) return problems.push(`${where}: must be a mapping`);
    place(row.state, where);
    const source = row.source;
    if (source === undefined || (Array.isArray(source) && source.length === 0) || source === '') {
      problems.push(`${where}: has no source — every row needs the address of a page that states the deadline`);
    }
    if (row.checked === undefined || row.checked === '') {
      problems.push(`${where}: has no checked date — every row needs the date it was checked (YYYY-MM-DD)`);
    } else if (typeof row.checked !== 'string' || !isCalendarDate(row.checked)) {
      problems.push(`${where}: checked must be a calendar date, YYYY-MM-DD (got ${JSON.stringify(row.checked)})`);
    } else if (updated && row.checked > updated) {
      problems.push(`${where}: checked ${row.checked} is after the file's updated date ${updated}`);
    }
    if (row.days !== undefined && !(Number.isInteger(row.days) && (row.days as number) > 0)) {
      problems.push(`${where}: days must be a whole number above 0 (got ${JSON.stringify(row.days)})`);
    }
  });
  const leftOut = Array.isArray(value.left_out) ? value.left_out : [];
  leftOut.forEach((row, i) => place(isObject(row) ? row.state : undefined, rowName('left_out', i, row)));
  const notChecked = isObject(value.not_checked) && Array.isArray(value.not_checked.states) ? value.not_checked.states : [];
  notChecked.forEach((code, i) => place(code, `not_checked.states[${i}]`));

  if (problems.length === 0) {
    for (const error of Value.Errors(StateDeadlinesFileSchema, value)) {
      problems.push(`${error.path || '/'}: ${error.message}`);
      if (problems.length >= 10) break;
    }
  }
  if (problems.length > 0) throw new Error(`${FILE}: ${problems.join('; ')}`);
  return value as StateDeadlinesFile;
}
