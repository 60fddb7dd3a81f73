#!/usr/bin/env node
// The floor the probe benchmark compares `hipaa-hero probe` with: one plain Node process making, to
// the same HTTPS servers, the same connections the probe makes per endpoint, 16 endpoints at a time,
// and nothing else (no report, no checks, no certificate reading).
//
//   node scripts/bench/tls-floor.mjs --ca ca.pem [--concurrency 16] https://127.0.0.1:PORT ...
//
// Per endpoint, as src/gather/endpoints.ts (probeEndpoint) and src/gather/tls.ts (probeTls, in its
// economical mode, used above 4 endpoints) do it: at once, a TLS 1.0 and a TLS 1.1 version probe
// (legacy client settings, an empty trust store), the modern handshake (TLS 1.2–1.3, verified against
// --ca, ALPN http/1.1, OCSP requested) and then a GET / over its connection (Connection: close), and
// a GET to the plain-HTTP twin (port 80); after the modern handshake, a probe of each of TLS 1.2/1.3
// that it did not negotiate. Then, as `probe --no-browser` reads each page's HTML
// (src/gather/page-fetch.ts), one more GET / over HTTPS with its own full handshake, reading the body.
// Prints one JSON line of counts. Loopback servers only: it refuses others.
import { constants as cryptoConstants } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const [v] = args.splice(i, 2).slice(1);
  return v;
};
const ca = readFileSync(option('--ca'), 'utf8');
const concurrency = Number(option('--concurrency', '16'));
const urls = args.map((u) => new URL(u));
for (const u of urls) {
  if (u.hostname !== '127.0.0.1') {
    process.stderr.write(`tls-floor: ${u.href} is not on 127.0.0.1\n`);
    process.exit(2);
  }
}
const TIMEOUT_MS = 5000;
const counts = { endpoints: urls.length, fullHandshakes: 0, refusedHandshakes: 0, httpsGets: 0, pageReads: 0, plainRefused: 0, plainAnswered: 0, errors: 0 };

// Secure contexts built once and shared, as the probe does.
const legacy = { ciphers: 'DEFAULT@SECLEVEL=0', secureOptions: cryptoConstants.SSL_OP_LEGACY_SERVER_CONNECT };
const versionContexts = new Map();
const versionContext = (v) => {
  if (!versionContexts.has(v)) versionContexts.set(v, tls.createSecureContext({ ...legacy, ca: [], minVersion: v, maxVersion: v }));
  return versionContexts.get(v);
};
const modernContext = tls.createSecureContext({ ca });
const getContext = tls.createSecureContext({ ca: [] });

/**
 * One TLS handshake; resolves to the negotiated protocol, or undefined if it did not complete. With
 * `keep`, the connected socket is not closed but handed to `keep`.
 */
function handshake(host, port, options, keep) {
  return new Promise((resolve) => {
    const socket = tls.connect({ host, port, rejectUnauthorized: false, checkServerIdentity: () => undefined, ...options });
    const timer = setTimeout(() => done(undefined), TIMEOUT_MS);
    let kept = false;
    function done(protocol) {
      clearTimeout(timer);
      if (!kept) socket.destroy();
      resolve(protocol);
    }
    socket.once('secureConnect', () => {
      const protocol = socket.getProtocol();
      if (keep) {
        kept = true;
        keep(socket);
      }
      done(protocol);
    });
    socket.once('error', () => done(undefined));
    socket.once('close', () => done(undefined));
  });
}

function get(module, options) {
  return new Promise((resolve) => {
    const req = module.request({ method: 'GET', path: '/', agent: false, timeout: TIMEOUT_MS, ...options }, (res) => {
      res.resume();
      res.on('end', () => resolve(true));
      res.on('error', () => resolve(false));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
    req.end();
  });
}

async function endpoint(url) {
  const host = url.hostname;
  const port = Number(url.port || 443);
  const probe = async (v) => {
    const ok = (await handshake(host, port, { secureContext: versionContext(v), minVersion: v, maxVersion: v })) !== undefined;
    if (ok) counts.fullHandshakes++;
    else counts.refusedHandshakes++;
  };
  let connection;
  const modern = handshake(host, port, { secureContext: modernContext, ALPNProtocols: ['http/1.1'], requestOCSP: true }, (socket) => (connection = socket)).then(async (negotiated) => {
    if (negotiated) counts.fullHandshakes++;
    else counts.errors++;
    const socket = connection;
    const secureGet = socket
      ? get(https, { host, port, agent: undefined, createConnection: () => socket, headers: { Connection: 'close' } }).then((ok) => (ok ? counts.httpsGets++ : counts.errors++))
      : undefined;
    await Promise.all([secureGet, ...['TLSv1.2', 'TLSv1.3'].filter((v) => v !== negotiated).map(probe)]);
  });
  const plain = get(http, { host, port: 80 }).then((ok) => (ok ? counts.plainAnswered++ : counts.plainRefused++));
  await Promise.all([probe('TLSv1'), probe('TLSv1.1'), modern, plain]);
  // The page's HTML, read after the probes.
  const ok = await get(https, { host, port, rejectUnauthorized: false, secureContext: getContext });
  if (ok) {
    counts.fullHandshakes++;
    counts.httpsGets++;
    counts.pageReads++;
  } else counts.errors++;
}

let next = 0;
const worker = async () => {
  while (next < urls.length) await endpoint(urls[next++]);
};
await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
process.stdout.write(`${JSON.stringify(counts)}\n`);
if (net.isIP(urls[0]?.hostname ?? '') === 0) process.exitCode = 2;
