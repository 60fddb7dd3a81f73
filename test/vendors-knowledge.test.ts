// The vendor knowledge file: the real file holds to its rules, the validator refuses edited copies
// that break them, and stack-file names find (or do not find) the right row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VENDORS, VENDOR_FILE, normalizeVendorName, vendorKnowledge, type VendorFile } from '../src/knowledge/vendors.js';
import { validateVendorFile } from '../src/knowledge/vendor-file.js';

const yamlText = readFileSync(new URL('../src/hipaa/vendor-baa.yaml', import.meta.url), 'utf8');
const fromYaml = (): VendorFile => parse(yamlText) as VendorFile;
/** A fresh copy of the real file with one edit applied. */
const edited = (edit: (file: VendorFile) => void): VendorFile => {
  const copy = fromYaml();
  edit(copy);
  return copy;
};
const row = (file: VendorFile, name: string) => {
  const found = file.vendors.find((v) => v.name === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

describe('the vendor knowledge file', () => {
  it('validates as written in YAML, and its generated copy is the same data', () => {
    expect(() => validateVendorFile(fromYaml())).not.toThrow();
    expect(VENDOR_FILE).toEqual(fromYaml());
  });

  it('holds 20 to 35 vendors and explains every one left out', () => {
    expect(VENDORS.length).toBeGreaterThanOrEqual(20);
    expect(VENDORS.length).toBeLessThanOrEqual(35);
    expect(VENDOR_FILE.left_out.length).toBeGreaterThan(0);
    for (const out of VENDOR_FILE.left_out) expect(out.why.trim().length).toBeGreaterThan(10);
  });

  it('gives every row at least one http(s) source and a real checked date', () => {
    for (const v of VENDORS) {
      expect(v.source.length, v.name).toBeGreaterThan(0);
      for (const url of v.source) expect(url, v.name).toMatch(/^https?:\/\/\S+$/);
      expect(v.checked, v.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${v.checked}T00:00:00Z`).toISOString().slice(0, 10), v.name).toBe(v.checked);
    }
  });

  it('says on every payments row that payment processing alone is not a business-associate function (section 1179)', () => {
    const payments = VENDORS.filter((v) => v.category === 'payments');
    expect(payments.map((v) => v.name).sort()).toEqual(['PayPal', 'Square', 'Stripe']);
    for (const v of payments) expect(v.hint, v.name).toMatch(/not a business-associate function \(HIPAA section 1179\)/);
  });

  it('names the plans wherever a vendor signs only on some plans', () => {
    for (const v of VENDORS.filter((r) => r.baa === 'signs-on-some-plans')) expect(v.plans, v.name).toBeTruthy();
  });
});

describe('validateVendorFile refuses edited copies', () => {
  const refusals: Array<[string, (file: VendorFile) => void, RegExp]> = [
    ['a row without source', (f) => void delete (row(f, 'Mailchimp') as Partial<VendorFile['vendors'][number]>).source, /vendor "Mailchimp": has no source/],
    ['a row with an empty source list', (f) => void (row(f, 'Mailchimp').source = []), /vendor "Mailchimp": has no source/],
    ['a source that is not a URL', (f) => void (row(f, 'Box').source = ['the Box website']), /vendor "Box" source\/0/],
    ['a row without checked', (f) => void delete (row(f, 'Zoom') as Partial<VendorFile['vendors'][number]>).checked, /vendor "Zoom": has no checked date/],
    ['a checked date that is not a date', (f) => void (row(f, 'Zoom').checked = '2026-02-30'), /vendor "Zoom": checked "2026-02-30" is not a real date/],
    ['an alias that repeats another row in other case and punctuation', (f) => void row(f, 'Backblaze').aliases.push('BOX.'), /vendor "Backblaze": name or alias "BOX\." duplicates one of vendor "Box"/],
    ['a duplicate name', (f) => void f.vendors.push({ ...row(f, 'Stripe'), name: 'stripe', aliases: [] }), /vendor "stripe": name or alias "stripe" duplicates one of vendor "Stripe"/],
    ['an unknown baa value', (f) => void ((row(f, 'Yelp') as { baa: string }).baa = 'maybe'), /vendor "Yelp" baa: must be one of signs, signs-on-some-plans/],
    ['an unknown category', (f) => void ((row(f, 'Yelp') as { category: string }).category = 'social'), /vendor "Yelp" category: must be one of practice-management/],
    ['signs-on-some-plans without plans', (f) => void (row(f, 'Box').plans = null), /vendor "Box": baa is signs-on-some-plans but plans says none/],
    ['a payments row without the section 1179 point', (f) => void (row(f, 'Stripe').hint = 'Stripe does not sign a BAA.'), /vendor "Stripe": a payments row must say/],
    ['an unknown field', (f) => void ((row(f, 'Box') as Record<string, unknown>).verdict = 'fail'), /vendor "Box"/],
    ['a left-out vendor that is also included', (f) => void f.left_out.push({ name: 'Intuit Mailchimp', why: 'testing' }), /left_out "Intuit Mailchimp": is also listed as vendor "Mailchimp"/],
  ];
  it.each(refusals)('refuses %s', (_what, edit, message) => {
    expect(() => validateVendorFile(edited(edit))).toThrow(message);
  });

  it('names a row without a name by its position', () => {
    const file = edited((f) => {
      const first = f.vendors[0] as Partial<VendorFile['vendors'][number]>;
      delete first.name;
      delete first.source;
    });
    expect(() => validateVendorFile(file)).toThrow(/vendors\[0\]: has no source/);
  });
});

describe('vendorKnowledge matches stack-file names', () => {
  const finds: Array<[string, string]> = [
    ['Mailchimp', 'Mailchimp'],
    ['mailchimp', 'Mailchimp'],
    ['Intuit Mailchimp', 'Mailchimp'],
    ['intuit-mailchimp!', 'Mailchimp'],
    ['Google Workspace Business Starter', 'Google Workspace'],
    ['G-Suite', 'Google Workspace'],
    ['Office 365 E3', 'Microsoft 365'],
    ['Box', 'Box'],
    ['Box Enterprise Plus', 'Box'],
    ['box.com', 'Box'],
    ['Square Appointments', 'Square'],
    ['Twilio SendGrid', 'Twilio SendGrid'],
    ['SendGrid Email API', 'Twilio SendGrid'],
    ['Twilio Programmable SMS', 'Twilio'],
    ['Zoom for Healthcare', 'Zoom'],
    ['  AWS  ', 'Amazon Web Services'],
    ['Acuity', 'Acuity Scheduling'],
  ];
  it.each(finds)('finds %j as %s', (stackName, vendor) => {
    expect(vendorKnowledge(stackName)?.name).toBe(vendor);
  });

  const misses = ['Boxed Water', 'Squarespace', 'Stripes Salon', 'Zoominfo', 'Mailchimps', 'Google', 'Microsoft', '', '---', 'Our own server'];
  it.each(misses)('finds nothing for %j', (stackName) => {
    expect(vendorKnowledge(stackName)).toBeUndefined();
  });

  it('normalizes case, accents and punctuation only', () => {
    expect(normalizeVendorName('  Jötform — HIPAA!! ')).toBe('jotform hipaa');
    expect(normalizeVendorName('Box.com')).toBe('box com');
  });
});
