// Reads a Set-Cookie header into the facts the cookie checks need: the cookie's name and security
// attributes. The value is dropped here and never stored anywhere.
import type { CookieFacts } from './endpoint-facts.js';

/** A SameSite value longer than this is cut: no valid one comes near it, and facts stay small. */
const MAX_SAMESITE_CHARS = 64;

/**
 * The name and security attributes of one Set-Cookie header, parsed as RFC 6265bis does. SameSite is
 * kept twice: as browsers read it (`sameSite`) and as it was sent (`sameSiteRaw`), because an
 * invalid value (`SameSite=True`, a bare `SameSite`) is a mistake of its own that the MDN HTTP
 * Observatory scores, not the same as leaving the attribute out.
 */
export function cookieAttributes(setCookie: string): CookieFacts {
  const [pair = '', ...attributes] = setCookie.split(';');
  const eq = pair.indexOf('=');
  // Without "=", the whole pair is the cookie's value and its name is empty.
  const name = eq === -1 ? '' : pair.slice(0, eq).trim();
  const cookie: CookieFacts = { name, secure: false, httpOnly: false, sameSite: null, prefixed: false };
  for (const attribute of attributes) {
    const split = attribute.indexOf('=');
    const key = (split === -1 ? attribute : attribute.slice(0, split)).trim().toLowerCase();
    const value = split === -1 ? '' : attribute.slice(split + 1).trim();
    if (key === 'secure') cookie.secure = true;
    else if (key === 'httponly') cookie.httpOnly = true;
    else if (key === 'samesite') {
      // The last one wins, as in browsers.
      cookie.sameSite = sameSiteValue(value);
      cookie.sameSiteRaw = value.slice(0, MAX_SAMESITE_CHARS);
    }
  }
  // Browsers now match the prefixes case-insensitively, so __host- gets the same enforcement.
  cookie.prefixed = /^__(host|secure)-/i.test(name);
  return cookie;
}

/** Strict, Lax or None; anything else is treated by browsers as if the attribute were absent. */
export function sameSiteValue(value: string): CookieFacts['sameSite'] {
  switch (value.toLowerCase()) {
    case 'strict':
      return 'Strict';
    case 'lax':
      return 'Lax';
    case 'none':
      return 'None';
    default:
      return null;
  }
}

/**
 * The SameSite value a cookie sent that browsers do not understand (`True`, `Invalid`, or nothing
 * at all after `SameSite`), or undefined when it sent a valid one or none.
 */
export function invalidSameSite(cookie: CookieFacts): string | undefined {
  if (cookie.sameSiteRaw === undefined) return undefined;
  return sameSiteValue(cookie.sameSiteRaw) === null ? cookie.sameSiteRaw : undefined;
}
