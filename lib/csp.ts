/**
 * The Content-Security-Policy, per request: scripts only from this origin or carrying the request's
 * nonce (Next adds it to its own inline scripts when it finds it in this header). Forms may post to
 * this origin and to the WorkOS API host (sign-out redirects there).
 */
export function contentSecurityPolicy(nonce: string, apiOrigin: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // React and Tailwind set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${apiOrigin}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
