// What the live probes saw at one endpoint: plain, JSON-serializable data (saved by --save-facts,
// replayed by --facts). A part that could not be gathered carries `error` in place of its data;
// checks turn that into an `error` result, never a pass. Nothing here holds PHI: no bodies, and no
// cookie values.

export const TLS_PROTOCOLS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type TlsProtocol = (typeof TLS_PROTOCOLS)[number];

/** One handshake restricted to one protocol version. */
export interface ProtocolProbe {
  /**
   * accepted: the handshake completed with this version; rejected: the server refused it (an alert
   * or a close during the handshake); untestable: our own TLS library could not offer the version,
   * so nothing is known; error: the connection failed for another reason (timeout, reset, ...).
   */
  status: 'accepted' | 'rejected' | 'untestable' | 'error';
  /** The reason, for rejected, untestable and error. */
  reason?: string;
  /** The cipher suite the server chose, when accepted (OpenSSL name). */
  cipher?: string;
}

/** The best handshake the server offers a modern client (no version restriction). */
export interface NegotiatedTls {
  /** From `getProtocol()`, e.g. TLSv1.3. */
  protocol: string;
  /** OpenSSL cipher name, e.g. TLS_AES_128_GCM_SHA256 or ECDHE-RSA-AES128-GCM-SHA256. */
  cipher: string;
  /** IANA name when Node knows it. */
  standardName?: string;
  /** Ephemeral key exchange, from `getEphemeralKeyInfo()`; null when there is none (no forward secrecy). */
  keyExchange: { type: string; name?: string; size?: number } | null;
  forwardSecrecy: boolean;
  /** The cipher is an AEAD (GCM, CCM, ChaCha20-Poly1305). */
  aead: boolean;
  /** The cipher's symmetric key size in bits. */
  cipherBits?: number;
  alpn?: string | null;
  /** The server stapled an OCSP response. */
  ocspStapled: boolean;
}

export interface TlsFacts {
  /** Set when no handshake could be made at all (the other fields may be missing). */
  error?: string;
  protocols: Partial<Record<TlsProtocol, ProtocolProbe>>;
  negotiated?: NegotiatedTls;
}

export interface CertificateInfo {
  subject: string;
  issuer: string;
  /** Subject alternative names, e.g. ["DNS:book.example.com"]. */
  subjectAltNames: string[];
  /** ISO 8601 instants. */
  validFrom: string;
  validTo: string;
  /** rsa, ec, ed25519, ed448, dsa. */
  keyType: string;
  keyBits: number;
  /** Named curve for EC keys, e.g. prime256v1. */
  curve?: string;
  /** Signature algorithm read from the DER, e.g. sha256WithRSAEncryption, ecdsa-with-SHA256. */
  signatureAlgorithm: string;
  selfSigned: boolean;
  serialNumber: string;
  fingerprint256: string;
}

export interface CertificateFacts {
  error?: string;
  /** Leaf first, as the server sent it. */
  chain: CertificateInfo[];
  /** The chain verifies against the trust store (system roots, or --ca). */
  trusted: boolean;
  /** OpenSSL's reason when not trusted, e.g. CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT. */
  trustError?: string;
  /** The leaf is valid for the endpoint's host name. */
  hostnameMatch: boolean;
}

export interface CookieFacts {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  /** Strict, Lax, None, or null when the attribute is absent. */
  sameSite: string | null;
  /** The cookie name starts with __Host- or __Secure-. */
  prefixed: boolean;
}

export interface HttpHop {
  url: string;
  status: number;
  location?: string;
}

export interface HttpFacts {
  /**
   * Set when the request chain failed (timeout, reset, too many redirects, a loop, ...). What was
   * received before the failure (hops, and the last response's status and headers) is kept.
   */
  error?: string;
  /**
   * A redirect to another host, which the probe records but does not follow (only the endpoint's
   * own host is ever contacted): the absolute URL it pointed to. finalUrl/status/headers are then
   * the redirecting response's.
   */
  offSiteRedirect?: string;
  /**
   * Nothing accepts connections for this URL (the connection was refused): the site does not serve
   * it, which for plain HTTP is a choice, not a failure of the probe. The reason, e.g. "connection
   * refused at 203.0.113.5 port 80".
   */
  notServed?: string;
  /** Every request made, in order: the first is the endpoint's URL (or its http:// twin). */
  hops: HttpHop[];
  /** The last response's URL and status. */
  finalUrl?: string;
  status?: number;
  /** The last response's headers, names lower-cased; repeated headers joined with ", " (set-cookie excluded). */
  headers: Record<string, string>;
  /** Cookies set along the way (names and attributes only, never values). */
  cookies: CookieFacts[];
  /** Headers or body were cut at the size cap. */
  truncated?: boolean;
}

export interface EndpointFacts {
  /** The URL as declared in the stack (or given to `probe`). */
  url: string;
  host: string;
  port: number;
  /** The address the name resolved to. */
  address?: string;
  /** Set when the endpoint could not be probed at all (name did not resolve, deadline passed, ...). */
  error?: string;
  tls?: TlsFacts;
  certificate?: CertificateFacts;
  /** GET of the https:// URL. */
  https?: HttpFacts;
  /** GET of the same URL over plain http:// (does it redirect to https?). */
  http?: HttpFacts;
}
