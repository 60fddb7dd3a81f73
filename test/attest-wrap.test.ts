// Every question `hipaa-hero attest` can ask, as the terminal would show it: no line over 80
// columns (the select prompt's "? " included), and no word cut: each block's lines, joined, are its text.
import { describe, expect, it } from 'vitest';
import { attestationChecks, builtinChecks } from '../checks/index.js';
import { interview } from '../src/attest/interview.js';
import type { AttestQuestion } from '../src/attest/targets.js';
import type { Ask } from '../src/init/ask.js';

const WIDTH = 80;
const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

/** The questions of every check that carries its own attestation question, as targets.ts makes them. */
const questions: AttestQuestion[] = [...builtinChecks, ...attestationChecks]
  .filter((c) => c.meta.attestation)
  .map((c) => ({
    key: c.meta.attestation!.citation,
    checkId: c.meta.id,
    citations: c.meta.hipaa.slice(),
    title: c.meta.title,
    severity: c.meta.severity,
    question: c.meta.attestation!.question,
    explain: c.meta.attestation!.explain,
    alternativeAllowed: true,
    reason: 'stale' as const,
    // A long attester's name: the "On file" line must wrap too.
    current: { answer: 'partial', by: 'Dr. Alexandra Montgomery-Fitzgerald, Privacy and Security Officer (acting)', date: '2025-01-15' },
  }));

async function shown(list: readonly AttestQuestion[]): Promise<{ printed: string[]; prompts: string[] }> {
  const printed: string[] = [];
  const prompts: string[] = [];
  const ask: Ask = {
    text: async () => '',
    yesNo: async () => false,
    select: async <T extends string>(message: string) => {
      prompts.push(message);
      return 'skip' as T;
    },
    checkbox: async () => [],
  };
  const result = await interview(ask, list, { by: 'Sam', date: '2026-11-28', baseDir: '.', print: (t) => printed.push(t) });
  expect(result.stopped).toBe(false);
  return { printed, prompts };
}

describe('attest questions on an 80-column terminal', () => {
  it('has real questions to look at', () => {
    expect(questions.length).toBeGreaterThan(10);
  });

  it('asks every question in lines that fit with the prompt\'s "? ", cut only between words', async () => {
    const { prompts } = await shown(questions);
    expect(prompts).toHaveLength(questions.length);
    prompts.forEach((prompt, i) => {
      const lines = prompt.split('\n');
      for (const l of lines) expect(`? ${l}`.length, `${questions[i]!.checkId}: ${l}`).toBeLessThanOrEqual(WIDTH);
      expect(lines.join(' ')).toBe(words(questions[i]!.question));
    });
  });

  it('prints every heading, explanation and answer on file within 80 columns, cut only between words', async () => {
    const { printed } = await shown(questions);
    expect(printed).toHaveLength(questions.length);
    printed.forEach((block, i) => {
      const q = questions[i]!;
      const lines = block.split('\n');
      for (const l of lines) expect(l.length, `${q.checkId}: ${l}`).toBeLessThanOrEqual(WIDTH);
      const text = words(lines.join(' '));
      expect(text).toContain(words(q.title));
      expect(text).toContain(words(q.explain));
      expect(text).toContain(`On file: partial by ${q.current!.by} on 2025-01-15 (more than 12 months ago)`);
    });
  });
});
