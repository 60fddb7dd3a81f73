// The shape of endpoint facts, written once: the TypeScript types every probe, check and grade uses
// are derived from these schemas, and a --facts file is validated against the same schemas, so a
// replayed file can only hold what --save-facts could have written. Nothing here holds PHI: no
// bodies, and no cookie values.
import { Type, type Static } from '@sinclair/typebox';
import { PageFactsSchema } from './page-facts-schema.js';

const STRICT = { additionalProperties: false } as const;

const Text = (description: string) => Type.String({ description });
const Count = (description: string) => Type.Integer({ minimum: 0, description });

export const ProtocolProbeSchema = Type.Object(
  {
    status: Type.Union([Type.Literal('accepted'), Type.Literal('rejected'), Type.Literal('untestable'), Type.Literal('error')], {
      description:
        'accepted: the handshake completed with this version; rejected: the server refused it (an alert or a close during the handshake); untestable: our own TLS library could not offer the version, so nothing is known; error: the connection failed for another reason (timeout, reset, ...)',
    }),
    reason: Type.Optional(Text('Why, for rejected, untestable and error')),
    cipher: Type.Optional(Text('The cipher suite the server chose, when accepted (OpenSSL name)')),
  },
  { ...STRICT, description: 'One handshake restricted to one protocol version' },
);

export const NegotiatedTlsSchema = Type.Object(
  {
    protocol: Text("From getProtocol(), e.g. TLSv1.3"),
    cipher: Text('OpenSSL cipher name, e.g. TLS_AES_128_GCM_SHA256 or ECDHE-RSA-AES128-GCM-SHA256'),
    standardName: Type.Optional(Text('IANA name, when Node knows it')),
    keyExchange: Type.Union(
      [
        Type.Object(
          { type: Text('e.g. ECDH, DH'), name: Type.Optional(Text('e.g. X25519')), size: Type.Optional(Count('Key size in bits')) },
          STRICT,
        ),
        Type.Null(),
      ],
      { description: 'Ephemeral key exchange, from getEphemeralKeyInfo(); null when there is none (no forward secrecy)' },
    ),
    forwardSecrecy: Type.Boolean(),
    aead: Type.Boolean({ description: 'The cipher is an AEAD (GCM, CCM, ChaCha20-Poly1305)' }),
    cipherBits: Type.Optional(Count("The cipher's symmetric key size in bits")),
    alpn: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    ocspStapled: Type.Boolean({ description: 'The server stapled an OCSP response' }),
  },
  { ...STRICT, description: 'The best handshake the server offers a modern client (no version restriction)' },
);

export const TlsFactsSchema = Type.Object(
  {
    error: Type.Optional(Text('Set when no handshake could be made at all (the other fields may be missing)')),
    protocols: Type.Object(
      {
        TLSv1: Type.Optional(ProtocolProbeSchema),
        'TLSv1.1': Type.Optional(ProtocolProbeSchema),
        'TLSv1.2': Type.Optional(ProtocolProbeSchema),
        'TLSv1.3': Type.Optional(ProtocolProbeSchema),
      },
      STRICT,
    ),
    negotiated: Type.Optional(NegotiatedTlsSchema),
  },
  STRICT,
);

export const CertificateInfoSchema = Type.Object(
  {
    subject: Text('Distinguished name on one line'),
    issuer: Text('Distinguished name on one line'),
    subjectAltNames: Type.Array(Type.String(), { description: 'e.g. ["DNS:book.example.com"]' }),
    validFrom: Text('ISO 8601 instant'),
    validTo: Text('ISO 8601 instant'),
    keyType: Text('rsa, rsa-pss, ec, ed25519, ed448, dsa'),
    keyBits: Count('Key size in bits; 0 when it could not be read'),
    curve: Type.Optional(Text('Named curve for EC keys, e.g. prime256v1')),
    signatureAlgorithm: Text('Read from the DER, e.g. sha256WithRSAEncryption, ecdsa-with-SHA256'),
    selfSigned: Type.Boolean(),
    serialNumber: Type.String(),
    fingerprint256: Type.String(),
  },
  STRICT,
);

export const CertificateFactsSchema = Type.Object(
  {
    error: Type.Optional(Type.String()),
    chain: Type.Array(CertificateInfoSchema, { description: 'Leaf first, as the server sent it' }),
    trusted: Type.Boolean({ description: 'The chain verifies against the trust store (system roots, or --ca)' }),
    trustError: Type.Optional(Text("OpenSSL's reason when not trusted, e.g. CERT_HAS_EXPIRED")),
    hostnameMatch: Type.Boolean({ description: "The leaf is valid for the endpoint's host name" }),
  },
  STRICT,
);

export const CookieFactsSchema = Type.Object(
  {
    name: Type.String(),
    secure: Type.Boolean(),
    httpOnly: Type.Boolean(),
    sameSite: Type.Union([Type.Literal('Strict'), Type.Literal('Lax'), Type.Literal('None'), Type.Null()], {
      description: 'What browsers make of the SameSite attribute: Strict, Lax, None, or null when it is absent or its value is not one of these',
    }),
    sameSiteRaw: Type.Optional(
      Text('The SameSite attribute\'s value exactly as sent, trimmed ("" for a bare `SameSite` or `SameSite=`), when there is one; the last one when there are several, as browsers read them'),
    ),
    prefixed: Type.Boolean({ description: 'The cookie name starts with __Host- or __Secure-' }),
  },
  { ...STRICT, description: 'A cookie set along the way: name and attributes only, never its value' },
);

export const HttpHopSchema = Type.Object(
  {
    url: Type.String(),
    status: Type.Integer({ minimum: 0, maximum: 999 }),
    location: Type.Optional(Type.String()),
  },
  STRICT,
);

export const HttpFactsSchema = Type.Object(
  {
    error: Type.Optional(
      Text('Set when the request chain failed (timeout, reset, too many redirects, a loop, ...); what was received before the failure is kept'),
    ),
    offSiteRedirect: Type.Optional(
      Text('A redirect to another host, recorded and never followed: the absolute URL it pointed to (finalUrl, status and headers are the redirecting response\'s)'),
    ),
    notServed: Type.Optional(
      Text('The plain-HTTP twin of an HTTPS endpoint refused the connection: the site does not serve plain HTTP, a choice rather than a failure'),
    ),
    hops: Type.Array(HttpHopSchema, { description: "Every request made, in order: the first is the endpoint's URL (or its http:// twin)" }),
    finalUrl: Type.Optional(Type.String()),
    status: Type.Optional(Type.Integer({ minimum: 0, maximum: 999 })),
    // Checks look headers up by lower-case name: an upper-case one would be read as not sent.
    headers: Type.Record(Type.String({ pattern: '^[^A-Z]*$' }), Type.String(), {
      additionalProperties: false,
      description: "The last response's headers, names lower-cased; repeated headers joined with \", \" (set-cookie excluded)",
    }),
    cookies: Type.Array(CookieFactsSchema),
    truncated: Type.Optional(Type.Boolean({ description: 'Headers were cut at the size cap' })),
  },
  STRICT,
);

export const EndpointFactsSchema = Type.Object(
  {
    url: Text('The URL as declared (or given to probe), with any user name and password masked'),
    host: Type.String(),
    port: Type.Integer({ minimum: 0, maximum: 65535 }),
    address: Type.Optional(Text('The address the name resolved to')),
    error: Type.Optional(
      Text('Set when the endpoint could not be probed at all or nothing answered (name did not resolve, connection refused, deadline passed, ...)'),
    ),
    placeholder: Type.Optional(
      Text('Set instead of any probe when the host is a placeholder that is never contacted (a reserved .example or .invalid name, or example.com, .net or .org): why'),
    ),
    tls: Type.Optional(TlsFactsSchema),
    certificate: Type.Optional(CertificateFactsSchema),
    https: Type.Optional(HttpFactsSchema),
    http: Type.Optional(HttpFactsSchema),
    page: Type.Optional(PageFactsSchema),
  },
  STRICT,
);

export const FactsFileSchema = Type.Object(
  {
    schemaVersion: Type.Literal(1),
    tool: Type.Object({ name: Type.Literal('hipaa-hero'), version: Type.String() }, STRICT),
    probedAt: Text('When the probes ran (ISO 8601)'),
    endpoints: Type.Record(Type.String(), EndpointFactsSchema, { description: 'Keyed by endpoint URL' }),
  },
  STRICT,
);

export type ProtocolProbe = Static<typeof ProtocolProbeSchema>;
export type NegotiatedTls = Static<typeof NegotiatedTlsSchema>;
export type TlsFacts = Static<typeof TlsFactsSchema>;
export type CertificateInfo = Static<typeof CertificateInfoSchema>;
export type CertificateFacts = Static<typeof CertificateFactsSchema>;
export type CookieFacts = Static<typeof CookieFactsSchema>;
export type HttpHop = Static<typeof HttpHopSchema>;
export type HttpFacts = Static<typeof HttpFactsSchema>;
export type EndpointFacts = Static<typeof EndpointFactsSchema>;
export type FactsFile = Static<typeof FactsFileSchema>;
