// Vendor hints (issue 12): what is publicly known about a vendor the stack names is printed beside
// the vendors, in every format, and never decides a result.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { vendorHints } from '../src/knowledge/hints.js';
import type { Stack } from '../src/stack/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const vendor = (name: string, phi: boolean, signed?: string): NonNullable<Stack['vendors']>[number] => ({
  name,
  phi,
  ...(signed ? { baa: { signed } } : {}),
});

describe('vendorHints', () => {
  it('hints at a vendor that does not sign BAAs, or signs only on some plans, whatever the stack says of it', () => {
    const hints = vendorHints({ vendors: [vendor('Mailchimp', true), vendor('Google Workspace Business Starter', true, '2025-01-01')] });
    expect(hints.map((h) => [h.subject, h.vendor, h.baa])).toEqual([
      ['Mailchimp', 'Mailchimp', 'does-not-sign'],
      ['Google Workspace Business Starter', 'Google Workspace', 'signs-on-some-plans'],
    ]);
    for (const h of hints) {
      expect(h.source.length).toBeGreaterThan(0);
      expect(h.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('says a vendor that signs BAAs offers one when PHI goes to it without one, and says nothing once it is signed', () => {
    expect(vendorHints({ vendors: [vendor('Backblaze', true)] }).map((h) => h.vendor)).toEqual(['Backblaze']);
    expect(vendorHints({ vendors: [vendor('Backblaze', true, '2025-01-01')] })).toEqual([]);
    expect(vendorHints({ vendors: [vendor('Backblaze', false)] })).toEqual([]);
  });

  it('says payment processing alone is not a business-associate function', () => {
    const [stripe] = vendorHints({ vendors: [vendor('Stripe', false)] });
    expect(stripe?.baa).toBe('not-a-business-associate-for-payments');
    expect(stripe?.text).toMatch(/1179/);
  });

  it('knows nothing of a vendor it has no row for, and matches no look-alike names', () => {
    expect(vendorHints({ vendors: [vendor('TextDesk', true), vendor('Boxed Water', false), vendor('Squarespace', true)] })).toEqual([]);
  });
});

describe('the example audit', () => {
  it('prints the Mailchimp hint beside the vendors in text, Markdown and JSON, and the verdict is the stack file\'s own', async () => {
    const r = await execa(
      'node',
      [path.join(root, 'bin/hipaa-hero.js'), 'audit', 'fixtures/glow-medspa/stack.yaml', '--facts', 'fixtures/glow-medspa/facts.json', '--now', '2026-11-28', '--fail-on', 'none', '--format', 'json'],
      { cwd: root, reject: false, env: { NO_COLOR: '1' } },
    );
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout);
    const mailchimp = report.hints.find((h: { subject: string }) => h.subject === 'Mailchimp');
    expect(mailchimp).toMatchObject({ vendor: 'Mailchimp', baa: 'does-not-sign' });
    // The hint decides nothing: the BAA check fails because the stack file says PHI goes there with no BAA.
    const baa = report.results.find((x: { checkId: string; subject: string }) => x.checkId === 'vendors.baa-signed' && x.subject === 'Mailchimp');
    expect(baa.status).toBe('fail');
    expect(baa.message).not.toMatch(/does not sign/);
    const text = readFileSync(path.join(root, 'fixtures/reports/glow-medspa.txt'), 'utf8').replace(/\s+/g, ' ');
    expect(text).toMatch(/ℹ Mailchimp: Mailchimp does not sign BAAs .* \(public information, checked \d{4}-\d{2}-\d{2}: a hint, not a finding\)/);
    const md = readFileSync(path.join(root, 'fixtures/reports/glow-medspa.md'), 'utf8');
    expect(md).toMatch(/## Vendor notes\n\n(- .*\n)*- Mailchimp: Mailchimp does not sign BAAs/);
  });
});
