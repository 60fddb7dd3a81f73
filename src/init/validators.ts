// Answer validators for the init interview: each returns true or a message that says what to type,
// and accepts exactly what the stack loader accepts, so a finished interview always loads.
import { dayNumber } from '../engine/days.js';
import { US_STATES } from '../stack/privacy-schema.js';
import { isCidr } from '../stack/references.js';
import { closest } from '../stack/suggest.js';

/** inquirer's contract: true accepts the answer; a string refuses it and is shown under the prompt. */
export type Validator = (value: string) => true | string;

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Splits a comma-separated answer into trimmed items (an empty answer is no items). */
export const splitList = (value: string): string[] => (value.trim() === '' ? [] : value.split(',').map((s) => s.trim()));

/** An empty answer is accepted (the question is optional); anything else must pass `check`. */
export const optional =
  (check: Validator): Validator =>
  (value) =>
    value.trim() === '' ? true : check(value.trim());

export const nonEmpty =
  (what: string): Validator =>
  (value) =>
    value.trim() === '' ? `Give ${what}: it cannot be empty.` : true;

/** A real calendar day written YYYY-MM-DD. */
export const date: Validator = (value) => {
  const v = value.trim();
  if (!DAY_SHAPE.test(v)) return `'${v}' is not a date — write YYYY-MM-DD, e.g. 2026-01-31.`;
  if (Number.isNaN(dayNumber(v))) return `${v} is not a day on the calendar — check the month and the day.`;
  return true;
};

/** A day on which something already happened: on or before `now` (the audit day). */
export const pastDate =
  (now: string): Validator =>
  (value) => {
    const ok = date(value);
    if (ok !== true) return ok;
    return dayNumber(value.trim()) > dayNumber(now) ? `${value.trim()} is after today (${now}) — give the day it happened.` : true;
  };

/** A day strictly after another answer (an expiry after its signing day). */
export const dateAfter =
  (earlier: string, what: string): Validator =>
  (value) => {
    const ok = date(value);
    if (ok !== true) return ok;
    return dayNumber(value.trim()) <= dayNumber(earlier) ? `${value.trim()} is not after ${what} (${earlier}) — check the dates.` : true;
  };

/** A day on or after another answer (a review on or after the adoption day). */
export const dateOnOrAfter =
  (earlier: string, what: string, now: string): Validator =>
  (value) => {
    const ok = pastDate(now)(value);
    if (ok !== true) return ok;
    return dayNumber(value.trim()) < dayNumber(earlier) ? `${value.trim()} is before ${what} (${earlier}) — check the dates.` : true;
  };

/** An http(s) address with a host, the way the loader reads `endpoints[].url` and `practice.website`. */
export const webUrl: Validator = (value) => {
  const v = value.trim();
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return `'${v}' is not a web address — write it in full, e.g. https://book.example.com`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `'${v}' is not an http or https address — write it as https://…`;
  if (url.hostname === '') return `'${v}' has no host name — write it as https://book.example.com`;
  return true;
};

/** One or more comma-separated IP addresses or CIDR ranges, IPv4 or IPv6 (the loader's rule). */
export const cidrList: Validator = (value) => {
  const items = splitList(value);
  if (items.length === 0) return 'Give at least one address or range, e.g. 203.0.113.10/32 or 2001:db8::/48.';
  for (const item of items) {
    if (item === '') return 'There is an empty item between two commas — remove the extra comma.';
    if (!isCidr(item)) return `'${item}' is not an IP address or CIDR range — write e.g. 203.0.113.0/24 or 2001:db8::/48.`;
  }
  const dup = items.find((item, i) => items.indexOf(item) !== i);
  return dup === undefined ? true : `'${dup}' is listed twice — list each range once.`;
};

/** Comma-separated items, none empty, none repeated; `min` of them at least. */
export const list =
  (what: string, min = 0): Validator =>
  (value) => {
    const items = splitList(value);
    if (items.length < min) return `Give at least ${min === 1 ? 'one' : min} ${what}, separated by commas.`;
    if (items.some((i) => i === '')) return 'There is an empty item between two commas — remove the extra comma.';
    const dup = items.find((item, i) => items.indexOf(item) !== i);
    return dup === undefined ? true : `'${dup}' is listed twice — list each ${what} once.`;
  };

/** A name not yet used in its list (the schema requires unique vendor names, accounts, URLs, …). */
export const uniqueName =
  (what: string, taken: Iterable<string>, hint = 'give each one its own name'): Validator =>
  (value) => {
    const v = value.trim();
    if (v === '') return `Give the ${what}: it cannot be empty.`;
    for (const t of taken) if (t === v) return `There is already a ${what} '${v}' — ${hint}.`;
    return true;
  };

/** A reference to a name defined earlier in the interview (a role, a vendor, a data store). */
export const reference =
  (what: string, known: readonly string[]): Validator =>
  (value) => {
    const v = value.trim();
    if (known.includes(v)) return true;
    const guess = closest(v, known);
    if (guess !== undefined) return `'${v}' is not a ${what} given above — did you mean '${guess}'?`;
    return `'${v}' is not a ${what} given above — use one of: ${known.join(', ')}.`;
  };

/** A whole number in a range (months between trainings, days to notify patients). */
export const wholeNumber =
  (min: number, max: number, what: string): Validator =>
  (value) => {
    const v = value.trim();
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) return `'${v}' is not a whole number of ${what} from ${min} to ${max}.`;
    return true;
  };

/** Good enough to catch a name typed into the email question; the schema takes any text. */
export const email: Validator = (value) =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? true : `'${value.trim()}' does not look like an email address — write e.g. privacy@example.com.`;

export type UsState = (typeof US_STATES)[number];

const STATE_NAMES: Record<UsState, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  PR: 'Puerto Rico', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
  UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** A state as typed: its USPS code in any case (co), or its name (Colorado); undefined for neither. */
export function stateCode(typed: string): UsState | undefined {
  const v = typed.trim();
  const code = US_STATES.find((c) => c === v.toUpperCase() || STATE_NAMES[c].toLowerCase() === v.toLowerCase());
  return code;
}

/** Why an item is not a state, with the likeliest meaning: two swapped letters, the codes that start alike, a misspelt name. */
function notAState(item: string): string {
  if (item.length === 2) {
    const swapped = stateCode(item.charAt(1) + item.charAt(0));
    if (swapped !== undefined) return `'${item}' is not a USPS state code — did you mean ${swapped} (${STATE_NAMES[swapped]})?`;
    const alike = US_STATES.filter((c) => c.startsWith(item.charAt(0).toUpperCase()));
    const hint = alike.length ? `codes that start with ${alike[0]!.charAt(0)}: ${alike.join(', ')}` : 'e.g. CO for Colorado, TX for Texas';
    return `'${item}' is not a USPS state code — ${hint}.`;
  }
  const guess = closest(item, Object.values(STATE_NAMES));
  const code = guess === undefined ? undefined : stateCode(guess);
  if (code !== undefined) return `'${item}' is not a US state — did you mean ${guess} (${code})?`;
  return `'${item}' is not a US state — write its two-letter USPS code (e.g. CO) or its name (e.g. Colorado).`;
}

/** Comma-separated states, each a USPS code or a state name, none twice; `statesOf` turns the answer into codes. */
export const usStates: Validator = (value) => {
  const items = splitList(value);
  if (items.some((i) => i === '')) return 'There is an empty item between two commas — remove the extra comma.';
  const unknown = items.find((i) => stateCode(i) === undefined);
  if (unknown !== undefined) return notAState(unknown);
  const codes = items.map(stateCode);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  return dup === undefined ? true : `${dup} is listed twice — list each state once.`;
};

/** The USPS codes of an answer `usStates` accepted. */
export const statesOf = (value: string): UsState[] => splitList(value).map((i) => stateCode(i)!);

/** The first validator that refuses wins. */
export const all =
  (...checks: Validator[]): Validator =>
  (value) => {
    for (const check of checks) {
      const ok = check(value);
      if (ok !== true) return ok;
    }
    return true;
  };
