// Classifying third parties (issue 13): from the maintained database, by category, never by a list
// of domains of our own; the kinds a HIPAA report needs.
import { describe, expect, it } from 'vitest';
import { THIRD_PARTY_SOURCE, thirdPartyOf } from '../src/engine/third-parties.js';

describe('thirdPartyOf', () => {
  it.each([
    ['https://connect.facebook.net/en_US/fbevents.js', 'Facebook', 'social'],
    ['https://www.facebook.com/tr', 'Facebook', 'social'],
    ['https://www.googletagmanager.com/gtag/js', 'Google Tag Manager', 'analytics'],
    ['https://www.google-analytics.com/g/collect', 'Google Analytics', 'analytics'],
    ['https://static.hotjar.com/c/hotjar-1.js', 'Hotjar', 'session-replay'],
    ['https://www.clarity.ms/tag/abc', 'Clarity', 'session-replay'],
    ['https://bat.bing.com/bat.js', 'Bing Ads', 'advertising'],
    ['https://analytics.tiktok.com/i18n/pixel/events.js', 'TikTok', 'social'],
    ['https://fonts.googleapis.com/css2', 'Google Fonts', 'other'],
    ['https://js.stripe.com/v3', 'Stripe', 'other'],
  ])('%s is %s (%s)', (url, name, kind) => {
    expect(thirdPartyOf(url)).toMatchObject({ name, kind });
  });

  it('takes a bare host as well as a URL', () => {
    expect(thirdPartyOf('connect.facebook.net')).toMatchObject({ name: 'Facebook', company: 'Facebook', category: 'social' });
  });

  it('knows nothing of a practice\'s own site, a look-alike name or something that is not a URL', () => {
    for (const unknown of ['https://book.glow-medspa.example/', 'https://facebook.net.evil.test/x.js', 'https://127.0.0.1:8080/', 'not a url', '']) {
      expect(thirdPartyOf(unknown), unknown).toBeUndefined();
    }
  });

  it('credits the database it reads', () => {
    expect(THIRD_PARTY_SOURCE).toMatch(/third-party-web .*MIT License/);
  });
});
