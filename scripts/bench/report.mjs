// The targets of issue 15, judged per Node, and the probing section's details.
import os from 'node:os';
import { LOOPBACK, OPTIONS, fmt } from './common.mjs';
import { pairedRatio, rssMethod } from './measure.mjs';
import { FLOOR_NOTE, PROBE_ENDPOINTS } from './probing.mjs';
import { ratioText, table } from './table.mjs';

const RSS_LIMIT_MB = 250;

/** One line of the targets table per piece of work, a cell per Node. */
export function targetLines(nodes, startup, probing, target) {
  const lines = [];
  const line = (work, text, cell) => lines.push({ work, target: text, cells: nodes.map((node, i) => cell(node, i)) });
  const tag = (node) => (nodes.length > 1 ? ` [${node.label}]` : '');
  /** A ratio cell: `max` a ceiling (≤) or, with `atLeast`, a floor (≥). */
  const ratioCell = (node, label, r, text, limit, atLeast = false) => {
    const t = target({ label: `${label}${tag(node)}`, error: r.error }, text, () => (atLeast ? r.median >= limit : r.median <= limit), `median ${fmt(r.median, 2)}×, min ${fmt(r.min, 2)}×`);
    return { text: ratioText(r), mark: t.mark };
  };

  line('audit of the example, facts replayed, JSON', '≤ 1.8× node', (node, i) => {
    const { a } = startup.groups[i];
    return ratioCell(node, 'audit of the example, facts replayed', pairedRatio(a.replay, a.bare), '≤ 1.8× node', 1.8);
  });
  line('all seven formats of the example, one run', '≤ 12× node', (node, i) => {
    const { b } = startup.groups[i];
    return ratioCell(node, 'all seven formats of the example', pairedRatio(b.formats, b.bare), '≤ 12× node', 12);
  });
  line('10x stack (2,000 vendors, 10,000 staff), JSON, --offline', '≤ 8× node', (node, i) => {
    const { c } = startup.groups[i];
    return ratioCell(node, '10x stack, JSON', pairedRatio(c.ten, c.bare), '≤ 8× node', 8);
  });
  line(`${PROBE_ENDPOINTS} local HTTPS endpoints vs the floor`, '≤ 1.2× floor', (node, i) => {
    const p = probing.error ? undefined : probing.perNode[i];
    const r = p ? pairedRatio(p.hundred, p.floor) : { error: probing.error, median: NaN, min: NaN };
    return ratioCell(node, `probe ${PROBE_ENDPOINTS} endpoints vs the floor`, r, '≤ 1.2× floor', 1.2);
  });
  line('one endpoint: sslscan ÷ hipaa-hero', 'hipaa-hero ≥ 2× faster', (node) => {
    const ours = probing.single?.find((r) => r.key === 'ours' && r.node === node);
    const sslscan = probing.single?.find((r) => r.key === 'sslscan');
    const r = probing.error ? { error: probing.error, median: NaN, min: NaN } : pairedRatio(sslscan, ours);
    return ratioCell(node, 'one endpoint against sslscan', r, 'hipaa-hero ≥ 2× faster', 2, true);
  });
  line('growth 1x → 10x (JSON)', '≤ 4×', (node, i) => {
    const { c } = startup.groups[i];
    return ratioCell(node, 'growth 1x → 10x (JSON)', pairedRatio(c.ten, c.one), '≤ 4×', 4);
  });
  line(`peak RSS of the 10x JSON audit`, `< ${RSS_LIMIT_MB} MB`, (node, i) => {
    const m = startup.rss[i];
    const t = target({ label: `peak RSS of the 10x JSON audit${tag(node)}`, error: m.error }, `< ${RSS_LIMIT_MB} MB`, () => m.peak < RSS_LIMIT_MB, `${fmt(m.peak, 1)} MB`);
    return { text: m.error ? `— (${m.error})` : `${fmt(m.peak, 1)} MB (max of ${m.mb.length})`, mark: t.mark };
  });
  return lines;
}

export function printProbingDetails(nodes, startup, probing, { tag }) {
  if (probing.error) {
    console.log(`live probing: not measured (${probing.error})`);
    console.log('');
    return;
  }
  console.log(`live probing: ${PROBE_ENDPOINTS} HTTPS servers on ${LOOPBACK} in a child process (scripts/bench-servers.mjs), a test CA`);
  console.log(`  and an ECDSA P-256 leaf made by the openssl CLI; ${OPTIONS.probeRuns} runs after one warm-up, hipaa-hero and the floor`);
  console.log(`  interleaved; wall time spawn to exit; peak RSS and CPU by ${rssMethod()}`);
  console.log(`  the floor: ${FLOOR_NOTE}`);
  const rows = [];
  for (const { node, hundred, floor } of probing.perNode) {
    for (const r of [hundred, floor]) {
      rows.push([`${r.label}${tag(node)}`, r.runs, r.error ?? fmt(r.median, 1), r.error ? '' : fmt(r.min, 1), r.error ? '' : fmt(r.peakRss ?? NaN, 1), r.error ? '' : fmt(r.cpuMedian, 2)]);
    }
  }
  console.log(table(['command', 'runs', 'median ms', 'min ms', 'peak RSS MB', 'CPU s (median)'], rows, ['l', 'r', 'r', 'r', 'r', 'r']));
  for (const { node, hundred, floor } of probing.perNode) {
    const o = hundred.outcome ?? {};
    const f = floor.outcome ?? {};
    const notes = [];
    if (!hundred.error) notes.push(o.parseError ? `report unreadable: ${o.parseError}` : `hipaa-hero: ${o.graded}/${o.endpoints} endpoints graded, ${o.errors} error results`);
    if (hundred.serverCpuPerRun !== undefined) notes.push(`servers' CPU ${fmt(hundred.serverCpuPerRun, 2)} s per run`);
    if (!floor.error) {
      notes.push(f.parseError
        ? `floor output unreadable: ${f.parseError}`
        : `floor: ${f.fullHandshakes} full handshakes (${f.httpsGets} with a GET), ${f.refusedHandshakes} refused, plain HTTP ${f.plainRefused} refused/${f.plainAnswered} answered, ${f.errors} errors`);
    }
    console.log(`  ${nodes.length > 1 ? `${node.label}: ` : ''}${notes.join('; ')}; ${os.cpus().length} CPUs`);
  }
  console.log('');

  const singleRows = [];
  for (const r of probing.single) {
    const ours = probing.single.find((x) => x.key === 'ours' && x.node === (r.node ?? nodes[0]));
    const vs = r.key === 'ours' ? '1×' : ours && !ours.error && !r.error ? `${fmt(r.median / ours.median, 1)}×` : '—';
    singleRows.push([`${r.label}${r.node ? tag(r.node) : ''}`, r.runs, r.error ?? fmt(r.median, 1), r.error ? '' : fmt(r.min, 1), vs]);
  }
  console.log(table([`one endpoint, same server`, 'runs', 'median ms', 'min ms', `vs hipaa-hero${nodes.length > 1 ? ` (${nodes[0].label})` : ''}`], singleRows, ['l', 'r', 'r', 'r', 'r']));
  nodes.forEach((node, i) => {
    const ours = probing.single.find((x) => x.key === 'ours' && x.node === node);
    const { version, bare } = startup.groups[i].a;
    if (!ours.error && !version.error && !bare.error) {
      console.log(`  hipaa-hero's share${tag(node)}: start-up ${fmt(version.median)} ms (hipaa-hero --version; bare node ${fmt(bare.median)} ms), the rest ${fmt(ours.median - version.median)} ms is loading the probe code, probing and the report`);
    }
  });
  console.log('');
}
