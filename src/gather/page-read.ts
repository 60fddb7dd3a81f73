// What a browser visit reads from Chromium: each request's type as PageFacts names it, whether it
// came from the top frame, and the forms, links and subresources of a frame, read in the page.
import type { Frame, Page, Request } from 'playwright-core';
import type { RawPage, RequestType } from './page-scan.js';

export function requestType(request: Request): RequestType {
  const type = request.resourceType();
  switch (type) {
    case 'document': {
      let sub = false;
      try {
        sub = request.frame().parentFrame() !== null;
      } catch {
        // A service worker's request has no frame.
      }
      return sub ? 'iframe' : 'document';
    }
    case 'ping':
      return 'beacon';
    case 'stylesheet':
    case 'image':
    case 'font':
    case 'media':
    case 'script':
    case 'xhr':
    case 'fetch':
    case 'websocket':
      return type;
    default:
      return 'other';
  }
}

export function isMainFrame(request: Request, page: Page): boolean {
  try {
    return request.frame() === page.mainFrame();
  } catch {
    return false;
  }
}

/**
 * Runs in the page: forms (attributes read with getAttribute, since an <input name="action">
 * hides form.action), submit buttons with their own formaction, links with their text, scripts with
 * or without integrity, and the subresources the markup names. A string, so that nothing the
 * TypeScript build adds to a function can break it inside the page.
 */
const READ_PAGE = `(() => {
  const abs = (value) => { try { return new URL(String(value).trim(), document.baseURI).href; } catch { return ''; } };
  const forms = [];
  for (const form of Array.from(document.forms).slice(0, 200)) {
    const method = form.getAttribute('method') || 'get';
    forms.push({ action: abs(form.getAttribute('action') || document.URL), method });
    for (const button of Array.from(form.querySelectorAll('[formaction]')).slice(0, 20)) {
      const action = button.getAttribute('formaction');
      if (action && action.trim()) forms.push({ action: abs(action), method: button.getAttribute('formmethod') || method });
    }
  }
  const links = [];
  for (const a of Array.from(document.querySelectorAll('a[href], area[href]')).slice(0, 2000)) {
    const images = Array.from(a.querySelectorAll('img[alt]')).map((img) => img.getAttribute('alt')).join(' ');
    const text = (a.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 400) || a.getAttribute('aria-label') || a.getAttribute('title') || a.getAttribute('alt') || images;
    links.push({ href: abs(a.getAttribute('href')), text: String(text || '') });
  }
  const scripts = [];
  for (const script of Array.from(document.scripts).slice(0, 1000)) {
    const src = script.getAttribute('src');
    if (src && src.trim()) scripts.push({ src: abs(src), integrity: (script.getAttribute('integrity') || '').trim() !== '' });
  }
  const kinds = { IMG: 'image', SCRIPT: 'script', IFRAME: 'iframe', FRAME: 'iframe', VIDEO: 'media', AUDIO: 'media', SOURCE: 'media', EMBED: 'other', TRACK: 'other', INPUT: 'image' };
  const resources = [];
  for (const el of Array.from(document.querySelectorAll('img[src], script[src], iframe[src], frame[src], video[src], audio[src], source[src], embed[src], track[src], input[type=image][src], object[data], link[href]')).slice(0, 2000)) {
    if (el.tagName === 'LINK') {
      const rels = (el.getAttribute('rel') || '').toLowerCase().split(/\\s+/);
      if (rels.includes('stylesheet')) resources.push({ url: abs(el.getAttribute('href')), type: 'stylesheet' });
      else if (rels.includes('preload') || rels.includes('modulepreload')) resources.push({ url: abs(el.getAttribute('href')), type: 'other' });
    } else if (el.tagName === 'OBJECT') {
      resources.push({ url: abs(el.getAttribute('data')), type: 'other' });
    } else {
      resources.push({ url: abs(el.getAttribute('src')), type: kinds[el.tagName] || 'other' });
    }
  }
  return { url: document.URL, forms, links, scripts, resources };
})()`;

export async function readFrame(frame: Frame): Promise<RawPage | undefined> {
  try {
    const page = (await frame.evaluate(READ_PAGE)) as RawPage;
    return typeof page === 'object' && page !== null && Array.isArray(page.forms) ? page : undefined;
  } catch {
    // A frame that navigated or closed while being read has nothing to add.
    return undefined;
  }
}

