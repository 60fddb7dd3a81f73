// Keeps credentials written into URLs (https://user:password@host/) out of everything hipaa-hero
// records or prints: a URL's user name and password are masked where URLs enter (probe arguments,
// stack endpoints, saved facts) and in whatever the network sends back (Location headers, errors).
// They are never sent either: requests are built from the host, port and path alone.

/** What replaces the userinfo of a URL. */
export const MASK = '***';

// A URL's authority runs from "//" to the first "/", "\", "?" or "#" (WHATWG URL, for http and
// https); its userinfo is everything up to the authority's last "@", so the greedy match below finds
// exactly the part a URL parser would read as user name and password. A space ends it too, so that
// in free text (an error message) it never reaches into the next word; tabs and line breaks do not,
// because a URL parser drops them (https://user:pa<TAB>ss@host is user:pass@host).
const USERINFO = /(\/\/|\\\\)[^ /\\?#]*@/g;

/** `text` with the userinfo of every URL in it masked: https://***@host/. Idempotent. */
export function redactCredentials(text: string): string {
  return text.includes('@') ? text.replace(USERINFO, `$1${MASK}@`) : text;
}

/** True when `text` holds a URL with a user name or password (other than the mask itself). */
export const hasCredentials = (text: string): boolean => redactCredentials(text) !== text;

/**
 * A URL as given (for keys and report subjects, kept as written) with its credentials masked. The
 * URL parser has the last word on where they are: it also reads `https:user:pw@host`, with no
 * slashes, as a user name and password, and then the parser's own spelling of the URL is used.
 */
export function redactUrl(url: string): string {
  const masked = redactCredentials(url);
  let parsed: URL;
  try {
    parsed = new URL(masked);
  } catch {
    return redactUnparsed(masked);
  }
  if (parsed.password === '' && (parsed.username === '' || parsed.username === MASK)) return masked;
  parsed.username = MASK;
  parsed.password = '';
  return parsed.href;
}

/**
 * For echoing input that is not a URL at all (in an error message): everything between "//" and
 * the last "@" is masked, since where a broken URL's userinfo ends cannot be known.
 */
export function redactUnparsed(text: string): string {
  return text.replace(/(\/\/)\S*@/g, `$1${MASK}@`);
}

/**
 * A deep copy of JSON data with every string and every object key passed through
 * redactCredentials: for facts, where a URL may sit in a hop, a header value or an error.
 */
export function redactDeep<T>(value: T): T {
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactCredentials(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') {
    // A Map, then fromEntries: a key named __proto__ must stay a plain entry.
    const entries = new Map<string, unknown>();
    for (const [key, item] of Object.entries(value)) entries.set(redactCredentials(key), redactValue(item));
    return Object.fromEntries(entries);
  }
  return value;
}
