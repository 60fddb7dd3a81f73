// Passes the connection of an endpoint's verified TLS handshake on to its HTTPS GET, so that the GET
// needs no handshake of its own: one full handshake fewer per endpoint, the costliest step of a probe.
import type tls from 'node:tls';

/** A completed TLS handshake, not yet used for anything, and what it was made with. */
export interface ReadyConnection {
  socket: tls.TLSSocket;
  /** The address and port connected to. */
  address: string;
  port: number;
  /** The SNI name sent, '' for none: a request is sent over it only if it would send the same. */
  servername: string;
}

export interface ConnectionHandover {
  /**
   * Called once by the handshake's side: the connection, or undefined when there is none to give (the
   * handshake failed). Later calls are ignored, and a connection they bring is closed.
   */
  offer(connection: ReadyConnection | undefined): void;
  /**
   * The connection once the handshake's side has offered it (undefined if it had none); only the
   * first taker gets it. A closed connection is never handed out.
   */
  take(): Promise<ReadyConnection | undefined>;
  /** Closes an offered connection that nobody took (always call once the endpoint is done). */
  discard(): void;
}

export function connectionHandover(): ConnectionHandover {
  let offered: ReadyConnection | undefined;
  let settled = false;
  let taken = false;
  let resolveOffer!: (connection: ReadyConnection | undefined) => void;
  const offering = new Promise<ReadyConnection | undefined>((resolve) => (resolveOffer = resolve));
  const offer = (connection: ReadyConnection | undefined): void => {
    if (settled) {
      connection?.socket.destroy();
      return;
    }
    settled = true;
    offered = connection;
    resolveOffer(connection);
  };
  return {
    offer,
    async take() {
      const connection = await offering;
      if (taken || connection === undefined) return undefined;
      taken = true;
      if (connection.socket.destroyed || !connection.socket.writable) {
        connection.socket.destroy();
        return undefined;
      }
      return connection;
    },
    discard() {
      offer(undefined);
      if (!taken) {
        taken = true;
        offered?.socket.destroy();
      }
    },
  };
}
