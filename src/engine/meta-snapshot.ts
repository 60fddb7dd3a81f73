// A check's `meta`, read once into plain data: the registry validates and freezes this snapshot, so
// a getter that answers differently later (another id after the unique-id check) changes nothing.
import type { Json } from './check.js';
import { plainJson, type PlainLimits } from './plain.js';

/** The keys of CheckMeta; anything else a module puts in `meta` is not kept. */
export const META_KEYS = ['id', 'title', 'area', 'severity', 'hipaa', 'obligation', 'basis', 'rationale', 'remediation', 'needs', 'attestation'] as const;

const META_LIMITS: PlainLimits = { depth: 4, values: 1_000, chars: 100_000 };

export type MetaSnapshot = { ok: true; meta: { [key: string]: Json } } | { ok: false; problem: string };

/** Reads `meta` (each known key exactly once) into plain JSON. May throw where a getter does: call it inside a try. */
export function snapshotMeta(meta: unknown): MetaSnapshot {
  if (meta === null || typeof meta !== 'object') return { ok: false, problem: '`meta` is missing' };
  const picked: Record<string, unknown> = {};
  for (const key of META_KEYS) {
    const value: unknown = (meta as Record<string, unknown>)[key];
    if (value !== undefined) picked[key] = value;
  }
  const plain = plainJson(picked, META_LIMITS);
  if (!plain.ok) return { ok: false, problem: `\`meta\` is not plain data (${plain.problem})` };
  return { ok: true, meta: plain.value as { [key: string]: Json } };
}
