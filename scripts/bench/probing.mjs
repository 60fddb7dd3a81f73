// Live probing: 100 local HTTPS endpoints (hipaa-hero against a plain-Node floor), and one endpoint
// against sslscan and testssl. The servers are scripts/bench-servers.mjs, a child process on 127.0.0.1.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BIN, LOOPBACK, OPTIONS, median, root, stderrHead } from './common.mjs';
import { measureGroup, processCpuSeconds, runCommand, runMeasured } from './measure.mjs';

export const PROBE_ENDPOINTS = 100;
export const FLOOR_CONCURRENCY = 16;
const FLOOR = path.join(root, 'scripts', 'bench', 'tls-floor.mjs');

/** A test CA and a leaf for localhost/127.0.0.1 it signs, made by the openssl CLI with our own configs. */
async function makeBenchPki(dir) {
  const file = (name) => path.join(dir, name);
  await writeFile(file('ca.cnf'), ['[req]', 'distinguished_name = dn', 'prompt = no', '[dn]', 'CN = hipaa-hero bench CA', '[ext]',
    'basicConstraints = critical,CA:TRUE', 'keyUsage = critical,keyCertSign,cRLSign', 'subjectKeyIdentifier = hash', ''].join('\n'));
  await writeFile(file('leaf.cnf'), ['[req]', 'distinguished_name = dn', 'prompt = no', '[dn]', 'CN = localhost', '[ext]',
    'basicConstraints = CA:FALSE', 'keyUsage = critical,digitalSignature,keyEncipherment', 'extendedKeyUsage = serverAuth',
    `subjectAltName = DNS:localhost,IP:${LOOPBACK}`, 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid', ''].join('\n'));
  // OPENSSL_CONF points at our file so that the system's openssl.cnf plays no part.
  const steps = [
    ['req', '-x509', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('ca-key.pem'), '-out', file('ca.pem'), '-days', '30',
      '-sha256', '-config', file('ca.cnf'), '-extensions', 'ext'],
    ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', file('key.pem'), '-out', file('leaf.csr'), '-config', file('leaf.cnf')],
    ['x509', '-req', '-in', file('leaf.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca-key.pem'), '-set_serial', '0x4848',
      '-days', '30', '-sha256', '-extfile', file('leaf.cnf'), '-extensions', 'ext', '-out', file('cert.pem')],
  ];
  for (const args of steps) {
    const r = await runCommand('openssl', args, { limitMs: 60_000, env: { OPENSSL_CONF: file('ca.cnf') } });
    if (r.missing) throw new Error('the openssl CLI is not installed');
    if (r.code !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr.trim().split('\n')[0]}`);
  }
  return { ca: file('ca.pem'), key: file('key.pem'), cert: file('cert.pem') };
}

/** Starts scripts/bench-servers.mjs (with the running Node); resolves once it has printed its ports. */
function startBenchServers(pki, count) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'bench-servers.mjs'), '--count', String(count), '--key', pki.key, '--cert', pki.cert], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let buffered = '';
    let stderr = '';
    let started = false;
    const timer = setTimeout(() => fail(new Error('bench-servers did not report its ports within 30 s')), 30_000);
    const exited = new Promise((r) => child.once('exit', r));
    const close = async () => {
      // Closing stdin asks it to close its servers and exit; SIGKILL (by pid) if it does not.
      child.stdin.end();
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(kill);
    };
    function fail(err) {
      if (started) return;
      started = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}`));
    }
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.once('exit', (code) => fail(new Error(`bench-servers exited early (${code})`)));
    child.stdout.on('data', (d) => {
      buffered += d;
      const newline = buffered.indexOf('\n');
      if (newline === -1 || started) return;
      let ports;
      try {
        ports = JSON.parse(buffered.slice(0, newline)).ports;
      } catch (err) {
        fail(err);
        return;
      }
      started = true;
      clearTimeout(timer);
      resolve({ ports, pid: child.pid, close });
    });
  });
}

// --no-browser: this section times the TLS and HTTP probes; visiting each page in Chromium is timed
// on its own (pages.mjs).
const probeArgs = (urls, ca) => [BIN, 'probe', ...urls, '--ca', ca, '--format', 'json', '--timeout', '5', '--fail-on', 'none', '--no-browser'];

/** What a probe report says about its endpoints: how many got a TLS grade, and endpoint errors. */
function probeOutcome(stdout) {
  try {
    const report = JSON.parse(stdout);
    const endpoints = report.endpoints ?? [];
    const graded = endpoints.filter((e) => typeof e.tls?.grade === 'string').length;
    const errors = (report.results ?? []).filter((x) => x.status === 'error').length;
    return { endpoints: endpoints.length, graded, errors };
  } catch (err) {
    return { parseError: String(err.message) };
  }
}

const summarize = (row, what) => {
  if (row.error) return;
  row.median = median(row.times);
  row.min = Math.min(...row.times);
  process.stderr.write(`  ${row.label} [node ${row.node.version}]: ${row.times.map((t) => t.toFixed(0)).join(' ')} ms${what ? `, ${what}` : ''}\n`);
};

/**
 * For each Node: 100 endpoints by `hipaa-hero probe` (peak RSS and CPU too) and by the floor, in
 * interleaved rounds (every Node's pair once a round) after a warm-up round; then one endpoint,
 * hipaa-hero vs sslscan vs testssl (the scanners once a round, whatever the Node count).
 */
export async function measureProbing(nodes, scratch) {
  const runs = OPTIONS.probeRuns;
  const pki = await makeBenchPki(scratch);
  const servers = await startBenchServers(pki, PROBE_ENDPOINTS);
  const perNode = nodes.map((node) => ({
    node,
    hundred: { node, label: `probe ${PROBE_ENDPOINTS} endpoints`, runs, times: [], rss: [], cpu: [] },
    floor: { node, label: `floor: plain Node, ${FLOOR_CONCURRENCY} at a time`, runs, times: [], rss: [], cpu: [] },
  }));
  try {
    const urls = servers.ports.map((port) => `https://${LOOPBACK}:${port}`);
    process.stderr.write(`probing ${PROBE_ENDPOINTS} local endpoints (hipaa-hero and the floor) ...\n`);
    const serverCpuBefore = processCpuSeconds(servers.pid);
    for (let round = 0; round <= runs; round++) {
      for (const { node, hundred, floor } of perNode) {
        if (!hundred.error) {
          const r = await runMeasured(node, probeArgs(urls, pki.ca), scratch);
          if (r.code !== 0) {
            hundred.error = `exit ${r.code ?? r.signal}`;
            process.stderr.write(`  ${hundred.label}: failed (${hundred.error})\n${stderrHead(r.stderr)}\n`);
          } else if (round === 0) hundred.outcome = probeOutcome(r.stdout);
          else {
            hundred.times.push(r.ms);
            hundred.rss.push(r.rssKb / 1024);
            hundred.cpu.push(r.cpuS);
          }
        }
        if (!floor.error) {
          const r = await runMeasured(node, [FLOOR, '--ca', pki.ca, '--concurrency', String(FLOOR_CONCURRENCY), ...urls], scratch);
          if (r.code !== 0) {
            floor.error = `exit ${r.code ?? r.signal}`;
            process.stderr.write(`  ${floor.label}: failed (${floor.error})\n${stderrHead(r.stderr)}\n`);
          } else if (round === 0) {
            try {
              floor.outcome = JSON.parse(r.stdout);
            } catch {
              floor.outcome = { parseError: r.stdout.slice(0, 200) };
            }
          } else {
            floor.times.push(r.ms);
            floor.rss.push(r.rssKb / 1024);
            floor.cpu.push(r.cpuS);
          }
        }
      }
    }
    const serverCpuAfter = processCpuSeconds(servers.pid);
    for (const { hundred, floor } of perNode) {
      if (!hundred.error) {
        hundred.peakRss = Math.max(...hundred.rss);
        hundred.cpuMedian = median(hundred.cpu);
        if (serverCpuBefore !== undefined && serverCpuAfter !== undefined) {
          hundred.serverCpuPerRun = (serverCpuAfter - serverCpuBefore) / ((runs + 1) * 2 * nodes.length);
        }
      }
      summarize(hundred, hundred.error ? '' : `peak RSS ${hundred.rss.map((m) => m.toFixed(0)).join(' ')} MB`);
      if (!floor.error) {
        floor.peakRss = Math.max(...floor.rss);
        floor.cpuMedian = median(floor.cpu);
      }
      summarize(floor);
    }

    process.stderr.write('one endpoint: hipaa-hero vs sslscan vs testssl ...\n');
    const one = `https://${LOOPBACK}:${servers.ports[0]}`;
    const single = await measureGroup(
      [
        ...nodes.map((node) => ({ key: 'ours', label: 'hipaa-hero probe (1 endpoint)', node, args: probeArgs([one], pki.ca) })),
        { key: 'sslscan', label: 'sslscan (1 endpoint)', file: 'sslscan', args: ['--no-colour', `${LOOPBACK}:${servers.ports[0]}`] },
        {
          key: 'testssl',
          label: 'testssl --protocols --headers',
          file: 'testssl',
          // --nodns none: no DNS lookups at all; testssl only phones out (CRL/OCSP) with --phone-out.
          args: ['--protocols', '--headers', '--quiet', '--color', '0', '--nodns', 'none', '--warnings', 'batch',
            '--connect-timeout', '5', '--openssl-timeout', '5', one],
        },
      ],
      runs,
    );
    return { perNode, single };
  } finally {
    await servers.close();
  }
}

/** The floor's own description, for the output. */
export const FLOOR_NOTE = `one plain Node process (scripts/bench/tls-floor.mjs), ${FLOOR_CONCURRENCY} endpoints at a time, making per endpoint what the probe makes:
  3 full TLS handshakes (the modern one verified against the CA, which then carries the GET / over HTTPS; a TLS 1.2
  version probe; the page's HTML read as --no-browser reads it, body and all), 2 refused version probes (TLS 1.0, 1.1)
  and one plain-HTTP connection (port 80, refused); no report, no checks`;
