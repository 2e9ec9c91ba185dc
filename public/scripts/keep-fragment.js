// @ts-check
/*
 * Redirect stubs answer old addresses on hosts without `_redirects`. Their meta refresh drops the
 * #anchor of the link that was followed (an old row or FAQ link), so carry it to the new address.
 */
const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
const target = /url=(.+)$/i.exec(refresh)?.[1];
if (target && window.location.hash && !target.includes('#')) window.location.replace(target + window.location.hash);
