/** One spelling per address for duplicate checks: scheme, "www." and a trailing slash do not count. */
export function urlKey(raw: string): string | null {
  if (!URL.canParse(raw)) return null;
  const url = new URL(raw);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return `${host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}
