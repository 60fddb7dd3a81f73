// One GET of the HTTP probe (and of the page read without a browser): connect to the pinned address,
// send the request, and read the response headers (and, only when asked, the head of the body), with
// an absolute deadline; every way it can fail becomes a sentence.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { ReadyConnection } from './connection-handover.js';
import { VERSION } from '../version.js';

export type Exchange =
  | { status: number; rawHeaders: string[]; body?: Buffer }
  | { error: string; truncated?: boolean; refused?: boolean; timedOut?: boolean };

export interface RequestOptions {
  address: string;
  maxHeaderBytes: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  /** Read the body too, up to this many bytes (never for a redirect); without it the body is never read. */
  maxBodyBytes?: number;
  /**
   * A completed TLS handshake with the same address, port and SNI name this request would use: the
   * request is sent over it instead of a connection of its own (then closed, as any other). One made
   * otherwise is closed unused. Only for https.
   */
  connection?: ReadyConnection;
}

let unverified: tls.SecureContext | undefined;

/**
 * One secure context with an empty trust store, for every request: the headers are wanted even from
 * a site with a bad certificate (trust is judged by the certificate probe), and without a verified
 * chain Node skips building the peer certificate object on each connection.
 */
function unverifiedContext(): tls.SecureContext {
  unverified ??= tls.createSecureContext({ ca: [] });
  return unverified;
}

/**
 * One GET: resolves once the response headers are in (the body is not read unless `maxBodyBytes`
 * asks for its head) or on failure.
 */
export function getHeaders(target: URL, options: RequestOptions): Promise<Exchange> {
  return new Promise<Exchange>((resolve) => {
    let request: http.ClientRequest | undefined;
    let settled = false;
    const settle = (exchange: Exchange): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      options.signal?.removeEventListener('abort', stop);
      request?.destroy();
      options.connection?.socket.destroy();
      resolve(exchange);
    };
    const stop = () => settle({ error: "stopped: the run's deadline passed" });
    // Absolute, not idle: a server dripping one byte at a time must not hold the probe open.
    let headersIn = false;
    const deadline = setTimeout(
      () => settle({ error: `no complete response ${headersIn ? 'body' : 'headers'} within ${options.timeoutMs} ms`, timedOut: true }),
      options.timeoutMs,
    );
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop, { once: true });

    const secure = target.protocol === 'https:';
    const port = Number(target.port || (secure ? 443 : 80));
    const common: http.RequestOptions = {
      host: options.address,
      port,
      path: `${target.pathname}${target.search}`,
      method: 'GET',
      // Host names the site; no Cookie header is ever sent.
      headers: {
        Host: target.host,
        Accept: 'text/html',
        'User-Agent': `hipaa-hero/${VERSION}`,
        Connection: 'close',
      },
      agent: false,
      maxHeaderSize: options.maxHeaderBytes,
    };
    const servername = sniName(target.hostname);
    const reused = secure ? usable(options.connection, options.address, port, servername) : undefined;
    if (options.connection !== undefined && reused === undefined) options.connection.socket.destroy();
    try {
      request = reused
        ? // Without an agent, the request goes over the socket createConnection gives (the same bytes).
          https.request({ ...common, agent: undefined, createConnection: () => reused })
        : secure
          ? https.request({
              ...common,
              servername,
              // We want the headers even from a site with a bad certificate; trust is judged elsewhere.
              rejectUnauthorized: false,
              // Passed through to tls.connect (https.RequestOptions does not list it).
              ...({ secureContext: unverifiedContext() } as https.RequestOptions),
            })
          : http.request(common);
    } catch (err) {
      settle({ error: `the request could not be made: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    request.on('response', (response) => {
      const exchange = { status: response.statusCode ?? 0, rawHeaders: [...response.rawHeaders] };
      response.on('error', () => undefined); // an error after we destroy it is expected and meaningless
      const max = options.maxBodyBytes;
      if (max === undefined || (exchange.status >= 300 && exchange.status < 400)) {
        response.destroy();
        settle(exchange);
        return;
      }
      headersIn = true;
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => settle({ ...exchange, body: Buffer.concat(chunks) });
      response.on('data', (chunk: Buffer) => {
        const part = chunk.subarray(0, max - size);
        chunks.push(part);
        size += part.length;
        // What fits is read; the rest is never downloaded.
        if (size >= max) done();
      });
      response.on('end', done);
      response.on('aborted', () => settle({ error: 'the connection broke while the body was read' }));
    });
    // Stays attached after settling, so the errors our own destroy() causes are swallowed here.
    request.on('error', (err: NodeJS.ErrnoException) => settle(describeFailure(err, options, port)));
    request.end();
  });
}

function describeFailure(err: NodeJS.ErrnoException, options: RequestOptions, port: number): Exchange {
  const code = err.code ?? '';
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { error: `response headers larger than ${formatBytes(options.maxHeaderBytes)}`, truncated: true };
  }
  if (code.startsWith('HPE_')) return { error: `the response is not valid HTTP (${err.message})` };
  if (code === 'ECONNREFUSED') return { error: `connection refused at ${options.address} port ${port}`, refused: true };
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return { error: 'the connection was closed or reset before the response headers arrived' };
  }
  if (code === 'EPROTO' || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
    const reason = (err as { reason?: unknown }).reason;
    return { error: `TLS handshake failed: ${typeof reason === 'string' ? reason : opensslReason(err.message)}` };
  }
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return { error: `cannot reach ${options.address} port ${port} (${code})` };
  }
  return { error: code ? `${code}: ${err.message}` : err.message };
}

/** "write EPROTO 80…:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../ssl3_record.c:350:" → the reason. */
function opensslReason(message: string): string {
  return /error:[0-9A-Fa-f]+:[^:]*:[^:]*:([^:]+)/.exec(message)?.[1]?.trim() || message;
}

export interface ReadHeaders {
  headers: Record<string, string>;
  setCookies: string[];
  location: string | undefined;
}

export function readHeaders(rawHeaders: string[]): ReadHeaders {
  // A Map, then fromEntries: a header named __proto__ must stay a plain entry.
  const joined = new Map<string, string>();
  const setCookies: string[] = [];
  let location: string | undefined;
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] ?? '').toLowerCase();
    const value = rawHeaders[i + 1] ?? '';
    if (name === 'set-cookie') {
      setCookies.push(value);
      continue;
    }
    // Repeated Location headers would join into nonsense; the first one is the redirect.
    if (name === 'location' && location === undefined) location = value.trim();
    const before = joined.get(name);
    joined.set(name, before === undefined ? value : `${before}, ${value}`);
  }
  return { headers: Object.fromEntries(joined), setCookies, location };
}

/** The connection's socket, if it was made to this address and port with this SNI name and is still open. */
function usable(connection: ReadyConnection | undefined, address: string, port: number, servername: string): tls.TLSSocket | undefined {
  if (connection === undefined) return undefined;
  const { socket } = connection;
  const same = connection.address === address && connection.port === port && connection.servername === servername;
  return same && !socket.destroyed && socket.writable ? socket : undefined;
}

/** SNI carries names only (RFC 6066): an IP literal host sends none, and a trailing dot is dropped. */
function sniName(hostname: string): string {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return net.isIP(bare) !== 0 ? '' : bare.replace(/\.$/, '');
}

function formatBytes(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}
