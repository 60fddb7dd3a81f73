// What endpoint checks ask of the facts the same way: an endpoint's certificate or the response its
// URL serves, or why it is not known (so the finding can say `unavailable`, which the engine reports as an error).
import type { CertificateFacts, CertificateInfo, EndpointFacts, HttpFacts } from '../gather/endpoint-facts.js';
import type { Facts } from '../gather/facts.js';

export type CertificateLookup =
  | { found: true; seen: EndpointFacts; certificate: CertificateFacts; leaf: CertificateInfo }
  /** The URL is plain http://: there is no certificate to judge. */
  | { found: false; plainHttp: true }
  /** The facts do not say: the reason, for `Finding.unavailable`. */
  | { found: false; plainHttp: false; unavailable: string };

export function endpointCertificate(facts: Facts, url: string): CertificateLookup {
  if (!/^https:/i.test(url)) return { found: false, plainHttp: true };
  const unknown = (unavailable: string): CertificateLookup => ({ found: false, plainHttp: false, unavailable });
  const seen = facts.endpoints?.[url];
  if (!seen) return unknown('no probe results were recorded for it');
  if (seen.error) return unknown(`the probe failed: ${seen.error}`);
  const certificate = seen.certificate;
  if (!certificate) return unknown('no certificate was recorded');
  if (certificate.error) return unknown(`the certificate could not be read: ${certificate.error}`);
  const leaf = certificate.chain[0];
  if (!leaf) return unknown('the server sent no certificate');
  return { found: true, seen, certificate, leaf };
}

export type ResponseLookup =
  | { found: true; seen: EndpointFacts; page: HttpFacts; secure: boolean }
  /** The facts do not say: the reason, for `Finding.unavailable`. */
  | { found: false; unavailable: string };

/** The response the endpoint's own URL serves: the HTTPS GET, or the plain GET of an http:// endpoint. */
export function endpointResponse(facts: Facts, url: string): ResponseLookup {
  const unknown = (unavailable: string): ResponseLookup => ({ found: false, unavailable });
  const seen = facts.endpoints?.[url];
  if (!seen) return unknown('no probe results were recorded for it');
  if (seen.error) return unknown(`the probe failed: ${seen.error}`);
  const secure = /^https:/i.test(url);
  const page = secure ? seen.https : seen.http;
  if (!page) return unknown(`no ${secure ? 'HTTPS' : 'plain-HTTP'} response was recorded`);
  if (page.error) return unknown(`the ${secure ? 'HTTPS' : 'plain-HTTP'} request failed: ${page.error}`);
  return { found: true, seen, page, secure };
}
