/**
 * The sidebar page's side of utils/sidebar-session.ts: the one-time key its content script put in
 * the URL fragment. It is taken out of the URL at once (a reload or a copied URL has none).
 */
export function takeSessionKey(loc: Pick<Location, 'hash' | 'pathname' | 'search'>, history: Pick<History, 'replaceState'>): string {
  const key = loc.hash.replace(/^#/, '');
  if (loc.hash) history.replaceState(null, '', `${loc.pathname}${loc.search}`);
  return /^[0-9a-f]{64}$/.test(key) ? key : '';
}
