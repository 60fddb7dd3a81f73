// What the live probes saw at one endpoint: plain, JSON-serializable data (saved by --save-facts,
// replayed by --facts). A part that could not be gathered carries `error` in place of its data;
// checks turn that into an `error` result, never a pass. Nothing here holds PHI: no bodies, and no
// cookie values. The shape itself, with what every field means, is in facts-schema.ts, which both
// types these facts and validates a replayed file; only types are taken from it here, so modules
// that need the facts do not load the schema library.

export const TLS_PROTOCOLS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type TlsProtocol = (typeof TLS_PROTOCOLS)[number];

export type {
  CertificateFacts,
  CertificateInfo,
  CookieFacts,
  EndpointFacts,
  HttpFacts,
  HttpHop,
  NegotiatedTls,
  ProtocolProbe,
  TlsFacts,
} from './facts-schema.js';
export type { PageCookie, PageFacts, PageForm, PageLink, PageRequest } from './page-facts-schema.js';
