#!/usr/bin/env node
// Local HTTPS stand-ins for the probe benchmark: listens on <count> ports of 127.0.0.1, prints them as
// one JSON line ({"ports":[...]}) on stdout, and serves until stdin closes or a SIGTERM/SIGINT comes.
// It runs as its own process so that serving handshakes does not count against the probing process.
//
//   node scripts/bench-servers.mjs --count 100 --key key.pem --cert cert.pem
//
// Loopback only; it exits by itself after --lifetime seconds (default 600) should its parent vanish
// without closing stdin.
import { readFileSync } from 'node:fs';
import https from 'node:https';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i === -1 || i + 1 >= process.argv.length) {
    if (fallback !== undefined) return fallback;
    process.stderr.write(`bench-servers: ${name} is required\n`);
    process.exit(2);
  }
  return process.argv[i + 1];
}

const count = Number(option('--count', '100'));
const lifetimeSeconds = Number(option('--lifetime', '600'));
if (!Number.isInteger(count) || count < 1 || count > 1000) {
  process.stderr.write('bench-servers: --count takes an integer from 1 to 1000\n');
  process.exit(2);
}
const key = readFileSync(option('--key'));
const cert = readFileSync(option('--cert'));

// What a reasonably configured PHI page sends, so the header checks have real work to do.
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cache-control': 'no-store',
  'set-cookie': 'session=bench; Path=/; Secure; HttpOnly; SameSite=Strict',
};
const PAGE = '<!doctype html><title>hipaa-hero bench stand-in</title>';

const servers = [];
const listen = (server) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });

const ports = [];
for (let i = 0; i < count; i++) {
  const server = https.createServer({ key, cert }, (_req, res) => {
    res.writeHead(200, PAGE_HEADERS);
    res.end(PAGE);
  });
  // Scanners abort handshakes on purpose (one version at a time); that is not an error here.
  server.on('tlsClientError', () => {});
  servers.push(server);
  ports.push(await listen(server));
}

let closing = false;
async function closeAll() {
  if (closing) return;
  closing = true;
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(() => resolve()))));
  process.exit(0);
}

process.on('SIGTERM', closeAll);
process.on('SIGINT', closeAll);
process.stdin.on('end', closeAll);
process.stdin.on('close', closeAll);
process.stdin.resume();
setTimeout(closeAll, lifetimeSeconds * 1000).unref();

process.stdout.write(`${JSON.stringify({ ports })}\n`);
