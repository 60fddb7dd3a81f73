// Credentials in URLs are masked wherever a URL is recorded or printed (src/gather/redact.ts): the
// masked part is exactly what a URL parser reads as user name and password, no more and no less.
import { describe, expect, it } from 'vitest';
import { redactCredentials, redactDeep, redactUnparsed, redactUrl } from '../src/redact.js';

describe('redactUrl', () => {
  it.each([
    ['https://user:password@book.example/', 'https://***@book.example/'],
    ['https://user@book.example', 'https://***@book.example'],
    ['https://:password@book.example/x', 'https://***@book.example/x'],
    // The parser takes the last "@" of the authority: everything before it is userinfo.
    ['https://a@b:c@book.example/p@q', 'https://***@book.example/p@q'],
    // No slashes, one slash, backslashes: a URL parser still reads user and password there.
    ['https:user:pw@book.example/x', 'https://***@book.example/x'],
    ['https:/user:pw@book.example', 'https://***@book.example/'],
    ['HTTPS://U:P@BOOK.EXAMPLE/', 'HTTPS://***@BOOK.EXAMPLE/'],
    // Nothing to mask: kept exactly as written (it is a key and a waiver subject).
    ['https://book.example', 'https://book.example'],
    ['https://book.example/@clinic?next=a@b#c@d', 'https://book.example/@clinic?next=a@b#c@d'],
    ['https://***@book.example/', 'https://***@book.example/'],
    // Not a URL: everything up to the last "@" after "//" is masked.
    ['https://user:pa/ss@host:99999/', 'https://***@host:99999/'],
  ])('%s → %s', (given, masked) => {
    expect(redactUrl(given)).toBe(masked);
    expect(redactUrl(masked)).toBe(masked);
  });
});

describe('redactCredentials, redactUnparsed and redactDeep', () => {
  it('masks every URL in free text without reaching into the next word', () => {
    expect(redactCredentials('redirect to https://u:p@a.example/x, then http://b.example/ for x@y')).toBe(
      'redirect to https://***@a.example/x, then http://b.example/ for x@y',
    );
    expect(redactCredentials('//u:p@evil.example/x')).toBe('//***@evil.example/x');
  });

  it('masks an unparseable URL up to its last "@"', () => {
    expect(redactUnparsed('https://user:pa/ss@host/')).toBe('https://***@host/');
  });

  it('masks keys and strings at any depth, leaving other values alone', () => {
    expect(redactDeep({ 'https://u:p@h/': { hops: [{ url: 'https://u:p@h/', status: 301 }], ok: true, n: null } })).toEqual({
      'https://***@h/': { hops: [{ url: 'https://***@h/', status: 301 }], ok: true, n: null },
    });
  });
});
