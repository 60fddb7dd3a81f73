// The HTML report in real headless Chromium: the disclaimer is on the first screen (desktop and phone)
// and on the first printed page; obligation and alternative badges are visible words.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html/index.js';
import { exampleReport } from './helpers/example-report.js';
import { launchChromium } from './helpers/chromium.js';
import { markObligations, type Marked } from './helpers/obligation-report.js';

let browser: Browser;
let m: Marked;
beforeAll(async () => {
  m = markObligations(await exampleReport());
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function open(viewport: { width: number; height: number }, media: 'screen' | 'print' = 'screen'): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.emulateMedia({ media });
  await page.setContent(renderHtml(m.report, { preparedBy: 'Northwind Compliance Partners' }), { waitUntil: 'load' });
  return page;
}

describe('the HTML report says what it is not, up front', () => {
  for (const [name, viewport] of [
    ['a desktop', { width: 1280, height: 900 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const) {
    it(`shows the disclaimer on the first screen of ${name}`, async () => {
      const page = await open(viewport);
      const disclaimer = page.locator('#disclaimer');
      expect(await disclaimer.isVisible()).toBe(true);
      expect(await disclaimer.textContent()).toMatch(/^Disclaimer: This report is a gap assessment.*not legal advice\.$/);
      const box = (await disclaimer.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // Plain: not faded, not tiny.
      const style = await page.evaluate<{ opacity: string; size: number }>(
        "(() => { const s = getComputedStyle(document.getElementById('disclaimer')); return { opacity: s.opacity, size: parseFloat(s.fontSize) }; })()",
      );
      expect(style).toEqual({ opacity: '1', size: expect.any(Number) });
      expect(style.size).toBeGreaterThanOrEqual(12);
      await page.close();
    });
  }

  it('prints the disclaimer on the first page (the cover), before the page break', async () => {
    // US Letter less the @page margins: 279.4 mm − 34 mm at 96 px per inch.
    const page = await open({ width: 816, height: 1056 }, 'print');
    const firstPage = ((279.4 - 34) / 25.4) * 96;
    const box = (await page.locator('#disclaimer').boundingBox())!;
    const cover = (await page.locator('header.cover').boundingBox())!;
    expect(box.y + box.height - cover.y).toBeLessThan(firstPage);
    expect(await page.locator('#disclaimer').isVisible()).toBe(true);
    await page.close();
  });

  it('shows obligation badges and the alternative badge as words', async () => {
    const page = await open({ width: 1280, height: 900 });
    const row = (subject: string) => page.locator('tr', { has: page.locator('strong.subject', { hasText: subject }) }).first();
    expect(await row('Required subject').locator('.obl').textContent()).toBe('Required');
    expect(await row('Practice subject').locator('.obl').textContent()).toBe('Good practice');
    const alt = page.locator('#alternatives tr', { has: page.locator('strong.subject', { hasText: 'Alternative subject' }) });
    expect(await alt.locator('.badge').textContent()).toBe('≈ Alternative');
    expect(await alt.locator('.attest-alternative').isVisible()).toBe(true);
    await page.close();
  });
});
