// The attest interview's questions, as the terminal shows them: wrapped at word boundaries.
import { describe, expect, it } from 'vitest';
import { interview } from '../src/attest/interview.js';
import type { Ask } from '../src/init/ask.js';
import type { AttestQuestion } from '../src/attest/targets.js';

describe('interview', () => {
  it('wraps a long question at word boundaries, within 80 columns with the prompt\'s "? "', async () => {
    const asked: string[] = [];
    const ask: Ask = {
      text: async () => '',
      yesNo: async () => false,
      select: async <T extends string>(message: string) => {
        asked.push(message);
        return 'stop' as T;
      },
      checkbox: async () => [],
    };
    const question =
      'Is there a written risk management plan listing each risk from the latest risk analysis with the chosen fix, an owner and a due date, and is it being worked?';
    const q: AttestQuestion = {
      key: '164.308(a)(1)(ii)(B)',
      checkId: 'governance.risk-management',
      citations: ['164.308(a)(1)(ii)(B)'],
      title: 'Risks are being reduced',
      severity: 'high',
      question,
      explain: 'Required.',
      alternativeAllowed: false,
      reason: 'unanswered',
    };
    await interview(ask, [q], { by: 'Sam', date: '2026-11-28', baseDir: '.', print: () => {} });
    const lines = asked[0]!.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(`? ${l}`.length).toBeLessThanOrEqual(80);
    // No word is cut: the lines joined are the question.
    expect(lines.join(' ')).toBe(question);
  });
});
