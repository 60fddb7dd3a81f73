// Reads a completed handshake: the negotiated protocol, cipher and key exchange, and the certificate
// chain with its trust and host-name verdicts.
import tls from 'node:tls';
import { parseCertificate } from './certificate.js';
import type { CertificateFacts, NegotiatedTls } from './endpoint-facts.js';

/** A chain longer than this is not walked further (a loop guard beside the self-reference check). */
const MAX_CHAIN = 10;

export interface Session {
  negotiated: NegotiatedTls;
  certificate: CertificateFacts;
}

/**
 * `peer` is the chain as getPeerCertificate(true) gave it already, when Node read it during this
 * handshake (it does to check the server's identity once the chain verified): reading it again costs
 * as much as the first time, several times what the rest of the session's facts cost.
 */
export function readSession(socket: tls.TLSSocket, ocspStapled: boolean, host: string, peer?: tls.DetailedPeerCertificate): Session {
  return { negotiated: readNegotiated(socket, ocspStapled), certificate: readCertificate(socket, host, peer) };
}

function readNegotiated(socket: tls.TLSSocket, ocspStapled: boolean): NegotiatedTls {
  // getProtocol() is the version in use; getCipher().version is only the suite's minimum version.
  const protocol = socket.getProtocol() ?? 'unknown';
  const cipher = socket.getCipher();
  const ephemeral = socket.getEphemeralKeyInfo();
  // An empty object means no ephemeral key: static RSA key exchange.
  const keyExchange =
    ephemeral && 'type' in ephemeral && typeof ephemeral.type === 'string'
      ? {
          type: ephemeral.type,
          ...(typeof ephemeral.name === 'string' ? { name: ephemeral.name } : {}),
          ...(typeof ephemeral.size === 'number' ? { size: ephemeral.size } : {}),
        }
      : null;
  const tls13 = protocol === 'TLSv1.3';
  const negotiated: NegotiatedTls = {
    protocol,
    cipher: cipher.name,
    keyExchange,
    // Every TLS 1.3 key exchange is ephemeral, and every TLS 1.3 suite is an AEAD.
    forwardSecrecy: tls13 || keyExchange !== null,
    aead: tls13 || /GCM|CCM|CHACHA20[-_]POLY1305/i.test(cipher.name),
    alpn: socket.alpnProtocol || null,
    ocspStapled,
  };
  if (cipher.standardName) negotiated.standardName = cipher.standardName;
  const bits = cipherKeyBits(cipher.name);
  if (bits !== undefined) negotiated.cipherBits = bits;
  return negotiated;
}

/** The bulk cipher's key size, from the OpenSSL or IANA suite name. */
function cipherKeyBits(name: string): number | undefined {
  const n = name.toUpperCase();
  if (/CHACHA20/.test(n)) return 256;
  const sized = /(?:AES|CAMELLIA|ARIA)[-_]?(128|256)/.exec(n);
  if (sized?.[1]) return Number(sized[1]);
  if (/3DES|DES[-_]CBC3|DES[-_]EDE3/.test(n)) return 168;
  if (/SEED|IDEA|RC4|RC2/.test(n)) return 128;
  if (/(?:^|[-_])DES[-_]CBC(?:[-_]|$)/.test(n)) return 56;
  if (/NULL/.test(n)) return 0;
  return undefined;
}

function readCertificate(socket: tls.TLSSocket, host: string, known?: tls.DetailedPeerCertificate): CertificateFacts {
  // getPeerCertificate first: on Node 20, once getPeerX509Certificate() has been called,
  // getPeerCertificate() returns an empty object, which would lose the issuer chain.
  const peer = known ?? socket.getPeerCertificate(true);
  const leaf = peer.raw ? { raw: peer.raw, fingerprint256: peer.fingerprint256 } : socket.getPeerX509Certificate();
  if (!leaf) return noCertificate('the server sent no certificate');
  const facts: CertificateFacts = {
    chain: [],
    trusted: socket.authorized,
    // tls.checkServerIdentity matches DNS names and IP addresses alike; undefined means a match.
    hostnameMatch: peer.raw !== undefined && tls.checkServerIdentity(host, peer) === undefined,
  };
  if (!socket.authorized) facts.trustError = authorizationCode(socket.authorizationError);

  // Leaf first, then issuers as Node links them (it may complete the chain from the trust store).
  const ders: Buffer[] = [leaf.raw];
  const seen = new Set([leaf.fingerprint256]);
  let current: tls.DetailedPeerCertificate = peer;
  while (ders.length < MAX_CHAIN) {
    const issuer: tls.DetailedPeerCertificate | undefined = current.issuerCertificate;
    if (!issuer || issuer === current || !issuer.raw || seen.has(issuer.fingerprint256)) break;
    seen.add(issuer.fingerprint256);
    ders.push(issuer.raw);
    current = issuer;
  }
  const errors: string[] = [];
  ders.forEach((der, index) => {
    try {
      facts.chain.push(parseCertificate(der));
    } catch (err) {
      errors.push(`certificate ${index} unreadable: ${errorText(err)}`);
    }
  });
  if (errors.length > 0) facts.error = errors.join('; ');
  return facts;
}

/** Node gives the verification error's code as a string at run time, though typed as an Error. */
function authorizationCode(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return 'unknown verification error';
}

export function noCertificate(error: string): CertificateFacts {
  return { error, chain: [], trusted: false, hostnameMatch: false };
}

/** The first line of an error's message (OpenSSL appends source locations on later lines). */
export function errorText(err: unknown): string {
  const message =
    err instanceof Error ? err.message : typeof err === 'object' && err && 'message' in err ? String(err.message) : String(err);
  return message.split('\n')[0] ?? message;
}
