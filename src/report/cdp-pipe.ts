// The Chrome DevTools Protocol over Chromium's --remote-debugging-pipe: JSON messages, each ended by
// a NUL byte, written to the browser's fd 3 and read from its fd 4. Just what printing needs:
// commands (to the browser or to one attached page) and listening to events.
import type { Readable, Writable } from 'node:stream';

/** What a CDP event carries. */
export type CdpParams = Record<string, unknown>;

export interface CdpPipe {
  /** Sends a command (to the page of `sessionId`, or to the browser) and resolves with its result. */
  send<T = CdpParams>(method: string, params?: CdpParams, sessionId?: string): Promise<T>;
  /** Calls `listener` with every event `method` of `sessionId` (the browser's own when undefined) from now on. */
  on(method: string, sessionId: string | undefined, listener: (params: CdpParams) => void): void;
}

/** The browser answered a command with an error, or the pipe closed before it answered. */
export class CdpError extends Error {
  constructor(
    message: string,
    /** The pipe closed (the browser is going), rather than the browser refusing the command. */
    readonly closed = false,
  ) {
    super(message);
    this.name = 'CdpError';
  }
}

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: CdpParams;
  result?: unknown;
  error?: { message?: string };
}

const NUL = 0;

/** A CDP client on the browser's two pipe ends. Nothing is pending once `answers` ends. */
export function connectPipe(commands: Writable, answers: Readable): CdpPipe {
  let nextId = 0;
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void; method: string }>();
  const listeners: Array<{ method: string; sessionId: string | undefined; listener: (p: CdpParams) => void }> = [];
  let closed: CdpError | undefined;

  const dispatch = (message: Message) => {
    if (message.id !== undefined) {
      const call = pending.get(message.id);
      if (call === undefined) return;
      pending.delete(message.id);
      if (message.error !== undefined) call.reject(new CdpError(`${call.method}: ${message.error.message ?? 'failed'}`));
      else call.resolve(message.result ?? {});
      return;
    }
    for (const { method, sessionId, listener } of listeners) {
      if (method === message.method && sessionId === message.sessionId) listener(message.params ?? {});
    }
  };

  let partial: Buffer[] = [];
  answers.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(NUL); end !== -1; end = chunk.indexOf(NUL, start)) {
      partial.push(chunk.subarray(start, end));
      const text = Buffer.concat(partial).toString('utf8');
      partial = [];
      start = end + 1;
      let message: Message;
      try {
        message = JSON.parse(text) as Message;
      } catch {
        continue;
      }
      dispatch(message);
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
  });
  const close = () => {
    closed ??= new CdpError('the browser closed its DevTools pipe', true);
    for (const call of pending.values()) call.reject(closed);
    pending.clear();
  };
  answers.on('end', close);
  answers.on('close', close);
  answers.on('error', close);

  return {
    send<T>(method: string, params: CdpParams = {}, sessionId?: string): Promise<T> {
      if (closed !== undefined) return Promise.reject(closed);
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (result: unknown) => void, reject, method });
        commands.write(`${JSON.stringify({ id, method, params, ...(sessionId !== undefined ? { sessionId } : {}) })}\0`);
      });
    },
    on(method, sessionId, listener) {
      listeners.push({ method, sessionId, listener });
    },
  };
}
