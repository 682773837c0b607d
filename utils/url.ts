import { siteForHost } from './sites';

const TRACKING = /^(?:utm_.*|ns_.*|at_.*|fbclid|gclid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ref|referrer|ref_src|cmpid|ocid|xtor|smid)$/i;
// Parameters that only ask for the AMP rendering of the same page.
const AMP_PARAM = /^(?:_?amp(?:=.*)?|outputtype=amp|amp_js_v=.*|usqp=.*)$/i;
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Upper-case every %xx escape and decode the ones that stand for unreserved characters (RFC 3986 §6.2.2). */
function fixEscapes(part: string): string {
  return part.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/** `new URL` that returns null instead of throwing; an unusable base is ignored. */
export function parseUrl(raw: string, base?: string): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    try {
      return base === undefined ? null : new URL(raw);
    } catch {
      return null;
    }
  }
}

/**
 * One spelling per address, so the same story read through different links compares equal:
 * https, lower-case host without "www.", "m.", "mobil." or "amp.", no default port, credentials or fragment,
 * no tracking parameters, AMP variants folded (an /amp/ first or last path segment, amp=1 and the like),
 * the other parameters sorted, %xx escapes in upper case. Null for anything that is not an http(s) URL.
 */
export function normalizeUrl(raw: string, base?: string): string | null {
  const url = parseUrl(String(raw).trim(), base);
  if (!url) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  let host = url.hostname.toLowerCase().replace(/\.$/, '');
  for (const prefix of ['www.', 'm.', 'mobil.', 'amp.']) {
    if (host.startsWith(prefix) && host.indexOf('.', prefix.length) > 0) host = host.slice(prefix.length);
  }
  if (!host) return null;
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const params = url.search
    .slice(1)
    .split('&')
    .filter((param) => {
      const key = decodeKey(param.split('=')[0] ?? '');
      return param && !TRACKING.test(key) && !AMP_PARAM.test(param);
    })
    .map(fixEscapes)
    .sort();
  const query = params.length ? `?${params.join('&')}` : '';
  const path = (url.pathname || '/').replace(/^\/amp(?=\/.)/i, '').replace(/(.)\/amp\/?$/i, '$1') || '/';
  return `https://${host}${port}${fixEscapes(path)}${query}`;
}

/** The site-scoped id of the article a URL points to, such as "adressa:23364628", or null. */
export function outletArticleId(url: string): string | null {
  const parsed = parseUrl(url);
  const site = parsed && siteForHost(parsed.hostname);
  const id = site && parsed && site.articleIdFromUrl(parsed);
  return site && id ? `${site.id}:${id}` : null;
}
