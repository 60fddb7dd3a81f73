// One TLS handshake over our own TCP socket, to a resolved address: connect, handshake with a secure
// context shared by every handshake with the same context options, read what the caller needs, and
// close, all within a hard deadline; or hand the completed connection on. Never rejects.
import net from 'node:net';
import tls from 'node:tls';
import { errorText } from './tls-session.js';

/** Node's tls.connect honours requestOCSP (passed on to the TLSSocket); @types/node lists it only there. */
export type ClientOptions = tls.ConnectionOptions & Pick<tls.TLSSocketOptions, 'requestOCSP'>;

/** The options that belong to a secure context rather than to one connection. */
const CONTEXT_KEYS = ['ca', 'ciphers', 'secureOptions', 'minVersion', 'maxVersion'] as const;
const contexts = new Map<string, tls.SecureContext>();

/**
 * Connection options with their secure context built once per set of context options and reused:
 * building one (parsing the trust store, setting up ciphers) costs more than a loopback handshake,
 * and every endpoint needs the same few.
 */
function withSharedContext(options: ClientOptions): ClientOptions {
  const contextOptions: tls.SecureContextOptions = {};
  const connection: ClientOptions = { ...options };
  for (const key of CONTEXT_KEYS) {
    if (options[key] !== undefined) (contextOptions as Record<string, unknown>)[key] = options[key];
    delete connection[key];
  }
  const id = JSON.stringify(contextOptions);
  let context = contexts.get(id);
  if (!context) {
    if (contexts.size > 32) contexts.clear();
    context = tls.createSecureContext(contextOptions);
    contexts.set(id, context);
  }
  return { ...connection, secureContext: context };
}

/** Why a handshake did not complete, with what is needed to tell "server refused" from "we could not". */
export interface HandshakeFailure {
  stage: 'timeout' | 'connect' | 'setup' | 'handshake';
  /** Node's or OpenSSL's error code, e.g. ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION, ECONNRESET. */
  code?: string;
  /** OpenSSL's reason text when there is one, else the error message. */
  reason: string;
  /** Bytes received from the server before the failure: zero means it said nothing. */
  bytesRead: number;
}

export type HandshakeResult<T> = { ok: true; value: T } | { ok: false; failure: HandshakeFailure };

/**
 * One TLS handshake over our own TCP socket (so the bytes the server sent can be counted), ended by
 * `timeoutMs` whatever the server does, and destroyed afterwards. `collect` reads what is needed
 * from the connected socket before it is destroyed. With `keep`, a completed handshake's socket is
 * not destroyed but given to `keep`, which then owns it.
 */
export function handshake<T>(
  address: string,
  port: number,
  options: ClientOptions,
  timeoutMs: number,
  collect: (socket: tls.TLSSocket, ocspStapled: boolean) => T,
  signal?: AbortSignal,
  keep?: (socket: tls.TLSSocket) => void,
): Promise<HandshakeResult<T>> {
  return new Promise((resolve) => {
    let settled = false;
    let connected = false;
    let secure: tls.TLSSocket | undefined;
    const raw = new net.Socket();
    const finish = (result: HandshakeResult<T>, kept = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      signal?.removeEventListener('abort', stop);
      if (!kept) {
        secure?.destroy();
        raw.destroy();
      }
      resolve(result);
    };
    const stop = () => finish({ ok: false, failure: { stage: 'timeout', reason: 'stopped: the run\'s deadline passed', bytesRead: raw.bytesRead } });
    const fail = (stage: HandshakeFailure['stage'], err: unknown) =>
      finish({ ok: false, failure: { stage, ...errorParts(err), bytesRead: raw.bytesRead } });
    const deadline = setTimeout(() => {
      const failure: HandshakeFailure = { stage: 'timeout', reason: `no handshake within ${timeoutMs} ms`, bytesRead: raw.bytesRead };
      finish({ ok: false, failure });
    }, timeoutMs);
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });

    // Listeners stay attached after the end: a late error on a destroyed socket must not go unhandled.
    raw.on('error', (err) => fail(connected ? 'handshake' : 'connect', err));
    raw.connect({ host: address, port }, () => {
      connected = true;
      let stapled = false;
      try {
        secure = tls.connect({ ...withSharedContext(options), socket: raw });
      } catch (err) {
        fail('setup', err); // our side rejected its own options: nothing was sent
        return;
      }
      const socket = secure;
      socket.on('OCSPResponse', (response: Buffer) => {
        if (response && response.length > 0) stapled = true;
      });
      socket.on('error', (err) => fail('handshake', err));
      socket.on('close', () => fail('handshake', { code: 'CLOSED', message: 'connection closed during the handshake' }));
      socket.once('secureConnect', () => {
        let value: T;
        try {
          value = collect(socket, stapled);
        } catch (err) {
          fail('handshake', err);
          return;
        }
        if (keep === undefined) {
          finish({ ok: true, value });
          return;
        }
        // The TCP socket goes with the TLS one it carries.
        socket.once('close', () => raw.destroy());
        finish({ ok: true, value }, true);
        keep(socket);
      });
    });
  });
}

function errorParts(err: unknown): { code?: string; reason: string } {
  const e = err as { code?: unknown; reason?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const reason = typeof e?.reason === 'string' ? e.reason : errorText(err);
  return code === undefined ? { reason } : { code, reason };
}

