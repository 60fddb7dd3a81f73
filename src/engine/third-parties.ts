// Who a third-party request on a practice's page goes to, and what kind of service that is: looked
// up in a maintained database, never a list of domains written here. The database is third-party-web
// (Patrick Hulce and contributors, MIT License; the one Lighthouse uses), chosen because its data may
// ship inside an Apache-2.0 tool used commercially: Ghostery's TrackerDB, DuckDuckGo's Tracker Radar
// and Disconnect's list are licensed for non-commercial use only.
//
// Its categories describe what a service does for page speed, not for privacy, so they are read into
// the few kinds a HIPAA report needs. The mapping is by category, never by domain; the one exception
// is session recording, which the database files under analytics (or, for Clarity, utility): the
// services whose product is recording what visitors type and click are named below, by the
// database's own service names.
import { createRequire } from 'node:module';
import type thirdPartyWebApi from 'third-party-web/nostats-subset.js';

// Loaded on the first lookup, not at start-up: building its index of some 4,000 services costs
// about 20 ms, and most audits (no page visits in their facts) never look anything up. It stays a
// package of its own under node_modules (CommonJS, required here), not part of the bundle.
const requireCjs = createRequire(import.meta.url);
let database: typeof thirdPartyWebApi | undefined;
const thirdPartyWeb = (): typeof thirdPartyWebApi => (database ??= requireCjs('third-party-web/nostats-subset.js') as typeof thirdPartyWebApi);

/** What a third party is, for what it learns about a patient's visit. */
export type ThirdPartyKind =
  /** Advertising and marketing networks and pixels: they build audiences from the visit. */
  | 'advertising'
  /** Social networks' pixels, buttons and embeds (the Meta pixel is listed as social). */
  | 'social'
  /** Session recording: replays of what each visitor typed, clicked and scrolled. */
  | 'session-replay'
  /** Analytics and tag managers, which load analytics and advertising tags. */
  | 'analytics'
  /** Everything else: CDNs, fonts, video, chat and support widgets, payments, consent banners, hosting. */
  | 'other';

export interface ThirdParty {
  /** The service, e.g. "Facebook", "Google Tag Manager". */
  name: string;
  company: string;
  /** The database's own category, e.g. "social", "tag-manager". */
  category: string;
  kind: ThirdPartyKind;
}

const KINDS: Readonly<Record<string, ThirdPartyKind>> = {
  ad: 'advertising',
  marketing: 'advertising',
  social: 'social',
  analytics: 'analytics',
  'tag-manager': 'analytics',
};

/** Services (as the database names them) whose product is session recording. */
const SESSION_REPLAY = new Set(['Hotjar', 'FullStory', 'Clarity', 'Mouseflow', 'Smartlook', 'Lucky Orange', 'Crazy Egg', 'Inspectlet', 'Quantum Metric', 'Decibel Insight', 'SessionCam']);

/** The credit the report prints wherever it names a service from the database. */
export const THIRD_PARTY_SOURCE = 'third-party-web by Patrick Hulce and contributors (MIT License), https://github.com/patrickhulce/third-party-web';

/** The service a URL (or a bare host) belongs to, or undefined when the database does not know it. */
export function thirdPartyOf(urlOrHost: string): ThirdParty | undefined {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? urlOrHost : `https://${urlOrHost}/`;
  let entity: ReturnType<typeof thirdPartyWebApi.getEntity>;
  try {
    entity = thirdPartyWeb().getEntity(url);
  } catch {
    return undefined;
  }
  if (!entity) return undefined;
  const kind = SESSION_REPLAY.has(entity.name) ? 'session-replay' : (KINDS[entity.category] ?? 'other');
  return { name: entity.name, company: entity.company, category: entity.category, kind };
}
