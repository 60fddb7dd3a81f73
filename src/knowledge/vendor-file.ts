// The vendor knowledge file (src/hipaa/vendor-baa.yaml): its shape and rules, and the validator the
// build runs (scripts/build.mjs) before writing the copy the CLI reads, and the tests run too. The
// lookups are in vendors.ts, which trusts that copy and so never loads the schema library at start-up.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { normalizeVendorName } from './vendor-names.js';

const STRICT = { additionalProperties: false } as const;

export const VENDOR_CATEGORIES = [
  'practice-management',
  'ehr',
  'email-office',
  'messaging-phone',
  'payments',
  'marketing',
  'reviews',
  'storage-backup',
  'forms-scheduling',
  'video',
  'other',
] as const;

export const BAA_STANCES = ['signs', 'signs-on-some-plans', 'does-not-sign', 'not-a-business-associate-for-payments', 'unclear'] as const;

export const VendorRowSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'The name the report prints' }),
    aliases: Type.Array(Type.String({ minLength: 1 }), { description: 'Other names a stack file may use' }),
    category: Type.Union(VENDOR_CATEGORIES.map((c) => Type.Literal(c))),
    baa: Type.Union(BAA_STANCES.map((s) => Type.Literal(s))),
    plans: Type.Union([Type.String({ minLength: 1 }), Type.Null()], { description: 'Which plans, when baa is signs-on-some-plans' }),
    hint: Type.String({ minLength: 1 }),
    source: Type.Array(Type.String({ pattern: '^https?://\\S+$' }), { minItems: 1, description: 'Where the facts come from' }),
    checked: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'When the sources were last checked (YYYY-MM-DD)' }),
  },
  STRICT,
);

export const VendorFileSchema = Type.Object(
  {
    schema_version: Type.Literal(1),
    about: Type.String({ minLength: 1 }),
    vendors: Type.Array(VendorRowSchema, { minItems: 1 }),
    left_out: Type.Array(Type.Object({ name: Type.String({ minLength: 1 }), why: Type.String({ minLength: 1 }) }, STRICT)),
  },
  STRICT,
);

export type VendorCategory = (typeof VENDOR_CATEGORIES)[number];
export type BaaStance = (typeof BAA_STANCES)[number];
/** Typed by hand: TypeBox reads the mapped literal unions above as plain strings. */
export type VendorRow = Omit<Static<typeof VendorRowSchema>, 'category' | 'baa'> & { category: VendorCategory; baa: BaaStance };
export type VendorFile = Omit<Static<typeof VendorFileSchema>, 'vendors'> & { vendors: VendorRow[] };

const label = (row: unknown, index: number): string => {
  const name = (row as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() ? `vendor "${name}"` : `vendors[${index}]`;
};

/** `input` as a vendor file, or an Error listing every broken row by name. */
export function validateVendorFile(input: unknown): VendorFile {
  const problems: string[] = [];
  const said = new Set<string>();
  const rows = (input as { vendors?: unknown } | null)?.vendors;
  const list: unknown[] = Array.isArray(rows) ? rows : [];
  // The two rules the issue names get their own sentence rather than a schema path.
  list.forEach((row, i) => {
    const r = (row ?? {}) as Record<string, unknown>;
    if (r.source === undefined || r.source === null || (Array.isArray(r.source) && r.source.length === 0)) {
      problems.push(`${label(row, i)}: has no source (give the URL the facts come from)`);
      said.add(`/vendors/${i}/source`);
    }
    if (r.checked === undefined || r.checked === null || r.checked === '') {
      problems.push(`${label(row, i)}: has no checked date (give the day the source was checked, YYYY-MM-DD)`);
      said.add(`/vendors/${i}/checked`);
    }
  });
  for (const error of Value.Errors(VendorFileSchema, input)) {
    // A union reports each of its members; one line per field is enough.
    if (said.has(error.path)) continue;
    said.add(error.path);
    const at = /^\/vendors\/(\d+)(?:\/(.*))?$/.exec(error.path);
    const where = at ? `${label(list[Number(at[1])], Number(at[1]))}${at[2] ? ` ${at[2]}` : ''}` : error.path || '/';
    const found = error.value === undefined ? 'nothing' : JSON.stringify(error.value);
    const allowed = at?.[2] === 'baa' ? BAA_STANCES : at?.[2] === 'category' ? VENDOR_CATEGORIES : undefined;
    problems.push(`${where}: ${allowed ? `must be one of ${allowed.join(', ')}` : error.message} (found ${found})`);
  }
  if (problems.length === 0) problems.push(...ruleProblems(input as VendorFile));
  if (problems.length > 0) throw new Error(`vendor-baa.yaml is invalid:\n  ${problems.join('\n  ')}`);
  return input as VendorFile;
}

/** What the schema cannot say: real dates, unique names, plans where they matter, the payments point. */
function ruleProblems(file: VendorFile): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  file.vendors.forEach((row, i) => {
    const who = label(row, i);
    const date = new Date(`${row.checked}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== row.checked) problems.push(`${who}: checked "${row.checked}" is not a real date`);
    for (const name of [row.name, ...row.aliases]) {
      const key = normalizeVendorName(name);
      if (!key) {
        problems.push(`${who}: "${name}" has no letters or digits to match on`);
        continue;
      }
      const first = owner.get(key);
      if (first !== undefined) problems.push(`${who}: name or alias "${name}" duplicates one of ${first} (names are compared ignoring case and punctuation)`);
      else owner.set(key, who);
    }
    if (row.baa === 'signs-on-some-plans' && row.plans === null) problems.push(`${who}: baa is signs-on-some-plans but plans says none`);
    if (row.category === 'payments' && !/\b1179\b/.test(row.hint)) {
      problems.push(`${who}: a payments row must say in its hint that payment processing alone is not a business-associate function (HIPAA section 1179)`);
    }
  });
  for (const out of file.left_out) {
    const first = owner.get(normalizeVendorName(out.name));
    if (first !== undefined) problems.push(`left_out "${out.name}": is also listed as ${first}`);
  }
  return problems;
}
