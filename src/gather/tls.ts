// Probes one endpoint's TLS: which protocol versions the server accepts, the handshake a modern
// client gets, and the certificate chain it presents. It connects only to the address the caller
// resolved, bounds every handshake by a hard deadline, and records failures in place, never throws.
import { constants as cryptoConstants } from 'node:crypto';
import net from 'node:net';
import tls from 'node:tls';
import type { ReadyConnection } from './connection-handover.js';
import { handshake, type ClientOptions, type HandshakeFailure, type HandshakeResult } from './tls-handshake.js';
import { errorText, noCertificate, readSession } from './tls-session.js';
import {
  TLS_PROTOCOLS,
  type CertificateFacts,
  type ProtocolProbe,
  type TlsFacts,
  type TlsProtocol,
} from './endpoint-facts.js';

export interface TlsTarget {
  /** The endpoint's host name (sent as SNI and matched against the certificate), or an IP address. */
  host: string;
  /** The IP address `host` resolved to: the only address connected to. */
  address: string;
  port: number;
}

export interface TlsProbeOptions {
  /** Hard deadline for each handshake, TCP connect included; not an idle timeout. */
  timeoutMs: number;
  /** PEM CA certificate(s) to verify the chain against instead of the system roots (--ca). */
  ca?: string;
  /** Aborting ends every handshake still running at once (the run's deadline passed). */
  signal?: AbortSignal;
  /**
   * Spend fewer handshakes for a little more time: skip the version probe that the modern handshake
   * already answers (it then runs after it, not beside it). For runs of many endpoints, where CPU
   * is what limits; a run of a few wants the answer soonest.
   */
  economical?: boolean;
  /**
   * Given the modern handshake's connection, still open and unused, as soon as it completes (then the
   * receiver owns it and must close it), or undefined as soon as it fails. Called exactly once.
   */
  handOver?: (connection: ReadyConnection | undefined) => void;
}

export type { HandshakeFailure, HandshakeResult } from './tls-handshake.js';

export interface TlsProbeResult {
  tls: TlsFacts;
  certificate: CertificateFacts;
}

/**
 * Per-version probes must not be refused by our own side: Node's default security level rejects
 * TLS 1.0/1.1 signatures (MD5-SHA1) and small keys before the server's answer can be judged, and
 * OpenSSL 3 refuses servers that lack secure renegotiation. Lowering both only widens what we can
 * observe; verification does not matter here (a probe only asks "does this version complete?").
 */
const LEGACY_CLIENT: ClientOptions = {
  ciphers: 'DEFAULT@SECLEVEL=0',
  secureOptions: cryptoConstants.SSL_OP_LEGACY_SERVER_CONNECT,
};

/**
 * OpenSSL errors raised by our own policy about what the server sent (not by the server refusing):
 * the version may well be supported, we just cannot complete the handshake to prove it.
 */
const LOCAL_REFUSALS = new Set([
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'ERR_SSL_NO_CIPHERS_AVAILABLE',
  'ERR_SSL_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED',
  'ERR_SSL_NO_SUITABLE_SIGNATURE_ALGORITHM',
  'ERR_SSL_DH_KEY_TOO_SMALL',
  'ERR_SSL_EE_KEY_TOO_SMALL',
  'ERR_SSL_CA_KEY_TOO_SMALL',
  'ERR_SSL_CA_MD_TOO_WEAK',
  'ERR_SSL_UNSAFE_LEGACY_RENEGOTIATION_DISABLED',
]);

/** Errors meaning the server (or something in front of it) dropped the connection mid-handshake. */
const CLOSED_BY_PEER = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_SSL_UNEXPECTED_EOF_WHILE_READING', 'CLOSED']);

/** Probes the target's TLS; resolves with facts (failures recorded in place), never rejects. */
export async function probeTls(target: TlsTarget, options: TlsProbeOptions): Promise<TlsProbeResult> {
  try {
    return await probe(target, options);
  } catch (err) {
    // Nothing below is meant to throw; this keeps a bug from turning into a crashed audit.
    return unprobed(`TLS probe failed: ${errorText(err)}`);
  } finally {
    // Whatever ended the probe, the receiver is not left waiting (an offer after the first is ignored).
    options.handOver?.(undefined);
  }
}

async function probe(target: TlsTarget, options: TlsProbeOptions): Promise<TlsProbeResult> {
  // Names are resolved (and vetted) by the caller; connecting to anything but an IP literal would
  // make Node resolve it here, so refuse instead.
  if (net.isIP(target.address) === 0) {
    return unprobed(`not an IP address: ${target.address} (the caller resolves names)`);
  }
  if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65535) {
    return unprobed(`invalid port: ${target.port}`);
  }
  const host = target.host.replace(/^\[(.*)\]$/, '$1');
  const base: ClientOptions = {
    rejectUnauthorized: false,
    // Trust and the host name are judged separately below; Node would otherwise fold a name
    // mismatch into `authorized`.
    checkServerIdentity: () => undefined,
  };
  // SNI carries host names only (RFC 6066); an IP host is sent none.
  if (net.isIP(host) === 0) base.servername = host;
  const session = (extra: ClientOptions, keep?: (socket: tls.TLSSocket) => void) => {
    // Node hands the chain it read to check the server's identity (only when the chain verified)
    // to checkServerIdentity: kept here, so that it is not read a second time.
    let peer: tls.DetailedPeerCertificate | undefined;
    const checkServerIdentity = (_name: string, cert: tls.PeerCertificate): undefined => {
      peer = cert as tls.DetailedPeerCertificate;
      return undefined;
    };
    return handshake(
      target.address,
      target.port,
      { ...base, ...extra, checkServerIdentity },
      options.timeoutMs,
      (socket, stapled) => readSession(socket, stapled, host, peer),
      options.signal,
      keep,
    );
  };
  const modernClient: ClientOptions = { requestOCSP: true, ALPNProtocols: ['http/1.1'] };
  if (options.ca !== undefined) modernClient.ca = options.ca;

  const probeVersion = (version: TlsProtocol) =>
    handshake(
      target.address,
      target.port,
      // An empty trust store: a version probe verifies nothing, and without a verified chain Node
      // skips building the peer certificate object, the costliest step of a loopback handshake.
      { ...base, ...LEGACY_CLIENT, ca: [], minVersion: version, maxVersion: version },
      options.timeoutMs,
      (socket) => socket.getCipher().name,
      options.signal,
    ).then((result) => [version, protocolProbe(version, result)] as const);
  // Economical: the legacy versions are probed beside the modern handshake, and the version that
  // handshake negotiates needs no probe of its own (it was just accepted), so only the others are
  // probed after it: a full handshake fewer per endpoint. Otherwise every version is probed at once.
  const early: TlsProtocol[] = options.economical ? ['TLSv1', 'TLSv1.1'] : [...TLS_PROTOCOLS];
  // The modern handshake's connection goes on to carry the HTTPS GET (when the caller asks for it).
  const handOver = options.handOver;
  const keep =
    handOver &&
    ((socket: tls.TLSSocket) => handOver({ socket, address: target.address, port: target.port, servername: base.servername ?? '' }));
  const modernSession = session(modernClient, keep).then((result) => {
    if (!result.ok) handOver?.(undefined);
    return result;
  });
  const [earlyProbes, modern] = await Promise.all([Promise.all(early.map(probeVersion)), modernSession]);
  const negotiated = modern.ok ? (modern.value.negotiated.protocol as TlsProtocol) : undefined;
  const laterProbes = await Promise.all(TLS_PROTOCOLS.filter((v) => !early.includes(v) && v !== negotiated).map(probeVersion));
  const probes: Array<readonly [TlsProtocol, ProtocolProbe]> = [...earlyProbes, ...laterProbes];
  if (modern.ok && negotiated !== undefined && TLS_PROTOCOLS.includes(negotiated) && !early.includes(negotiated)) {
    probes.push([negotiated, { status: 'accepted', cipher: modern.value.negotiated.cipher }]);
  }
  probes.sort((a, b) => TLS_PROTOCOLS.indexOf(a[0]) - TLS_PROTOCOLS.indexOf(b[0]));
  const protocols: Partial<Record<TlsProtocol, ProtocolProbe>> = Object.fromEntries(probes);

  if (modern.ok) return { tls: { protocols, negotiated: modern.value.negotiated }, certificate: modern.value.certificate };

  const modernFailure = `handshake failed: ${describeFailure(modern.failure)}`;
  if (!probes.some(([, p]) => p.status === 'accepted')) {
    return { tls: { error: modernFailure, protocols }, certificate: noCertificate(modernFailure) };
  }
  // The server completes a handshake only with a client that still speaks legacy TLS (say TLS 1.0
  // only, or weak parameters): take the certificate and the negotiated suite from such a handshake.
  const legacy = await session({ ...modernClient, ...LEGACY_CLIENT, minVersion: 'TLSv1', maxVersion: 'TLSv1.3' });
  if (legacy.ok) return { tls: { protocols, negotiated: legacy.value.negotiated }, certificate: legacy.value.certificate };
  return { tls: { protocols }, certificate: noCertificate(`${modernFailure}; legacy handshake: ${describeFailure(legacy.failure)}`) };
}

/**
 * Sorts a per-version handshake into accepted, rejected (the server said no), untestable (we could
 * not ask) or error. Exported for tests: some outcomes cannot be provoked from a loopback server.
 */
export function protocolProbe(version: TlsProtocol, result: HandshakeResult<string>): ProtocolProbe {
  if (result.ok) return { status: 'accepted', cipher: result.value };
  const failure = result.failure;
  const code = failure.code ?? '';
  switch (failure.stage) {
    case 'timeout':
    case 'connect':
      return { status: 'error', reason: describeFailure(failure) };
    case 'setup':
      return { status: 'untestable', reason: `our TLS library cannot offer ${version}: ${failure.reason}` };
    case 'handshake':
      break;
  }
  if (/^ERR_SSL_(SSLV3|TLSV1|TLSV13)_ALERT_/.test(code)) return { status: 'rejected', reason: `server alert: ${failure.reason}` };
  if (CLOSED_BY_PEER.has(code)) return { status: 'rejected', reason: describeFailure(failure) };
  if (code.startsWith('ERR_SSL_')) {
    // An OpenSSL error before the server said anything, or one of our own policy checks on its
    // answer, says nothing about the server.
    if (failure.bytesRead === 0 || LOCAL_REFUSALS.has(code)) {
      return { status: 'untestable', reason: `our TLS library refused ${version}: ${failure.reason}` };
    }
    // Otherwise the server's reply was not a handshake at this version (another version, or not TLS).
    return { status: 'rejected', reason: `server reply: ${failure.reason}` };
  }
  return { status: 'error', reason: describeFailure(failure) };
}

function unprobed(error: string): TlsProbeResult {
  return { tls: { error, protocols: {} }, certificate: noCertificate(error) };
}

function describeFailure(failure: HandshakeFailure): string {
  switch (failure.stage) {
    case 'timeout':
      return failure.reason;
    case 'connect':
      return `connect failed: ${failure.code ?? failure.reason}`;
    default:
      if (failure.code === 'ECONNRESET' && /disconnected/.test(failure.reason)) return 'connection closed during the handshake';
      if (failure.code === 'ECONNRESET') return 'connection reset during the handshake';
      return failure.reason;
  }
}
