// The HTML fallback's scanner: tags and attributes only, no tree. It reads what a browser without
// scripts would: script and style contents are skipped, <noscript> contents are markup.
import { MAX_REQUESTS, type RawPage, type RequestType } from './page-scan.js';

/** Elements whose contents are text, never tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  /** Index just after the tag's '>'. */
  end: number;
}

/** Reads the tag starting at `start` (a '<'), or undefined when none starts there. */
function readTag(html: string, start: number): Tag | undefined {
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(start, start + 64));
  if (!match) return undefined;
  const attributes = new Map<string, string>();
  let i = start + match[0].length;
  const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?|\s*\/|\s+/y;
  while (i < html.length && html[i] !== '>') {
    attribute.lastIndex = i;
    const found = attribute.exec(html);
    if (!found || found[0].length === 0) {
      i++;
      continue;
    }
    i = attribute.lastIndex;
    const name = found[1]?.toLowerCase();
    // The first of two same-named attributes wins, as in browsers.
    if (name !== undefined && !attributes.has(name)) attributes.set(name, decodeEntities(found[2] ?? found[3] ?? found[4] ?? ''));
  }
  return { name: (match[2] ?? '').toLowerCase(), closing: match[1] === '/', attributes, end: Math.min(i + 1, html.length) };
}

const RESOURCE_ATTRIBUTES: Record<string, { attribute: string; type: RequestType }> = {
  script: { attribute: 'src', type: 'script' },
  img: { attribute: 'src', type: 'image' },
  iframe: { attribute: 'src', type: 'iframe' },
  frame: { attribute: 'src', type: 'iframe' },
  embed: { attribute: 'src', type: 'other' },
  object: { attribute: 'data', type: 'other' },
  video: { attribute: 'src', type: 'media' },
  audio: { attribute: 'src', type: 'media' },
  source: { attribute: 'src', type: 'media' },
  track: { attribute: 'src', type: 'other' },
};

/** Link relations under which a <link> makes the browser fetch something when the page loads. */
const FETCHING_RELS: Record<string, RequestType> = { stylesheet: 'stylesheet', preload: 'other', modulepreload: 'script', icon: 'image' };

/**
 * What the HTML of `pageUrl` names, without running it: subresources (script, img, iframe, media,
 * <link rel=stylesheet|preload|modulepreload|icon>), forms (and submit buttons with a formaction),
 * links with their text, and which scripts carry an integrity attribute. URLs are resolved against
 * the page, or its <base href>. Tolerant of any input; linear in its length.
 */
export function scanHtml(html: string, pageUrl: string): RawPage {
  const page: RawPage = { url: pageUrl, forms: [], links: [], scripts: [], resources: [] };
  let base = pageUrl;
  const resolve = (value: string): string | undefined => {
    try {
      return new URL(value.trim(), base).href;
    } catch {
      return undefined;
    }
  };
  /** The link being read: its text grows until its end tag; `label` (aria-label, title) stands in for no text. */
  let link: { href: string; text: string; label: string } | undefined;
  const endLink = () => {
    if (link === undefined) return;
    const text = link.text.replace(/\s+/g, ' ').trim();
    page.links.push({ href: link.href, text: text || link.label });
    link = undefined;
  };
  const forms: { action: string; method: string }[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (link !== undefined && textEnd > i) link.text += ` ${decodeEntities(html.slice(i, textEnd))}`;
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const tag = readTag(html, lt);
    if (tag === undefined) {
      // A '<' that opens no tag (a comparison in text, a doctype, a processing instruction).
      const gt = html[lt + 1] === '!' || html[lt + 1] === '?' ? html.indexOf('>', lt) : -1;
      if (link !== undefined && gt === -1) link.text += '<';
      i = gt === -1 ? lt + 1 : gt + 1;
      continue;
    }
    i = tag.end;
    const attr = (name: string) => tag.attributes.get(name);
    if (tag.closing) {
      if (tag.name === 'a' || tag.name === 'area') endLink();
      if (tag.name === 'form') forms.pop();
      continue;
    }
    switch (tag.name) {
      case 'base': {
        const href = attr('href');
        // Only the first <base> counts, as in browsers.
        if (href !== undefined && base === pageUrl) base = resolve(href) ?? base;
        break;
      }
      case 'a':
      case 'area': {
        endLink(); // an <a> is never nested: a new one ends the last
        const href = attr('href');
        const target = href === undefined ? undefined : resolve(href);
        const label = attr('aria-label') ?? attr('title') ?? (tag.name === 'area' ? attr('alt') : undefined) ?? '';
        link = target === undefined ? undefined : { href: target, text: '', label };
        if (tag.name === 'area') endLink(); // <area> has no contents
        break;
      }
      case 'form': {
        const action = resolve(attr('action') || base);
        const form = { action: action ?? base, method: attr('method') ?? 'get' };
        forms.push(form);
        page.forms.push(form);
        break;
      }
      case 'button':
      case 'input': {
        const formaction = attr('formaction');
        if (formaction !== undefined && formaction.trim() !== '') {
          const action = resolve(formaction);
          if (action !== undefined) page.forms.push({ action, method: attr('formmethod') ?? forms[forms.length - 1]?.method ?? 'get' });
        }
        if (tag.name === 'input' && attr('type')?.toLowerCase() === 'image') addResource(page, resolve, attr('src'), 'image');
        break;
      }
      case 'link': {
        const rels = (attr('rel') ?? '').toLowerCase().split(/\s+/);
        const rel = rels.find((r) => r in FETCHING_RELS);
        if (rel !== undefined) addResource(page, resolve, attr('href'), FETCHING_RELS[rel] ?? 'other');
        break;
      }
      default: {
        const resource = RESOURCE_ATTRIBUTES[tag.name];
        if (resource !== undefined) {
          const value = attr(resource.attribute);
          addResource(page, resolve, value, resource.type);
          if (tag.name === 'script' && value !== undefined && value.trim() !== '') {
            const src = resolve(value);
            if (src !== undefined) page.scripts.push({ src, integrity: (attr('integrity') ?? '').trim() !== '' });
          }
        }
        if (tag.name === 'img' && link !== undefined) link.text += ` ${attr('alt') ?? ''}`;
      }
    }
    if (RAW_TEXT.has(tag.name)) {
      // Skip to the matching end tag: what a script or style holds is never markup.
      const close = new RegExp(`</${tag.name}[\\s>/]`, 'ig');
      close.lastIndex = i;
      const found = close.exec(html);
      i = found === null ? html.length : found.index;
    }
  }
  endLink();
  return page;
}

function addResource(page: RawPage, resolve: (value: string) => string | undefined, value: string | undefined, type: RequestType): void {
  if (value === undefined || value.trim() === '' || page.resources.length >= MAX_REQUESTS * 2) return;
  const url = resolve(value);
  if (url !== undefined) page.resources.push({ url, type });
}

