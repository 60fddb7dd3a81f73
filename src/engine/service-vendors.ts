// Whether a third-party service a page reaches (as third-party-web names it) is a vendor of the
// practice with a BAA in force: the vendor must be recorded for that very service ("Google
// Analytics", "Hotjar"), since a company's BAA often covers some of its products and not others
// (Google's, for one, does not cover Google Analytics). Shared by the page checks.
import { normalizeVendorName } from '../knowledge/vendors.js';
import type { Stack } from '../stack/schema.js';
import { baaStatus } from '../stack/queries.js';

const LEGAL_FORMS = new Set(['inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'plc', 'sa', 'ag', 'bv', 'pty', 'lp', 'llp']);

/** A company or vendor name for matching: case, accents, punctuation and legal forms ("Inc", "LLC") ignored. */
const bareName = (name: string): string =>
  normalizeVendorName(name)
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w))
    .join(' ');

/** Whether `name` appears, as whole words, in the vendor's name. */
export const vendorNamed = (vendor: string, name: string): boolean => {
  const n = bareName(name);
  return n !== '' && ` ${bareName(vendor)} `.includes(` ${n} `);
};

/** Whether a BAA in force covers the service, and in words why (not). */
export function serviceBaa(stack: Stack, service: { name: string; company: string }, now: string): { covered: boolean; words: string } {
  const matching = (stack.vendors ?? []).filter((v) => vendorNamed(v.name, service.name));
  for (const v of matching) {
    const baa = baaStatus(v, now);
    if (baa.state === 'in-force') return { covered: true, words: `the BAA with ${v.name} (signed ${baa.signed}) is in force` };
  }
  const v = matching[0];
  if (!v) {
    const company = (stack.vendors ?? []).find((x) => service.company !== service.name && vendorNamed(x.name, service.company));
    return {
      covered: false,
      words: company
        ? `the stack file has a vendor ${company.name}, but nothing says its BAA covers ${service.name}: record the service itself as a vendor (\`name: ${service.name}\`) when its BAA does`
        : `no vendor in the stack file with a BAA in force is ${service.name}`,
    };
  }
  const baa = baaStatus(v, now);
  const why =
    baa.state === 'expired'
      ? `the BAA with ${v.name} expired on ${baa.expires}`
      : baa.state === 'not-yet'
        ? `the BAA with ${v.name} is dated ${baa.signed}, after the audit day`
        : `${v.name} has no signed BAA on file`;
  return { covered: false, words: why };
}
