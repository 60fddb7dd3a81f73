// Both grades for every endpoint, from its facts: what a privacy officer compares with SSL Labs and
// the HTTP Observatory.
import type { EndpointFacts } from '../gather/endpoint-facts.js';
import { redactUrl } from '../redact.js';
import type { Endpoint } from '../stack/schema.js';
import { gradeHeaders, type HeadersGrade } from './headers-grade.js';
import { gradeTls, type TlsGrade } from './tls-grade.js';

export interface EndpointGrades {
  url: string;
  phi: boolean;
  /** Why the endpoint could not be probed at all. */
  error?: string;
  /** Why it was not probed: its address is a placeholder (a reserved name). */
  placeholder?: string;
  tls: TlsGrade;
  headers: HeadersGrade;
}

export function gradeEndpoints(endpoints: readonly Endpoint[], facts: Record<string, EndpointFacts>, now: string): EndpointGrades[] {
  return endpoints.map((e) => {
    // Facts are keyed by the URL with its credentials masked, and the report names it so too.
    const url = redactUrl(e.url);
    const f = (Object.hasOwn(facts, url) ? facts[url] : undefined) ?? { url, host: '', port: 0, error: 'not probed' };
    return {
      url,
      phi: e.phi,
      ...(f.error !== undefined ? { error: f.error } : {}),
      ...(f.placeholder !== undefined ? { placeholder: f.placeholder } : {}),
      tls: gradeTls(f, now),
      headers: gradeHeaders(f),
    };
  });
}
