/**
 * The origin the browser used, from the Host header. Next's own request URL says "localhost" even when
 * the browser asked for 127.0.0.1, and AuthKit's PKCE and session cookies only come back to the exact
 * host that set them, so every redirect of the sign-in flow must use this one.
 */
export function requestOrigin(request: { headers: Headers; url: string }): string {
  const url = new URL(request.url);
  return `${url.protocol}//${request.headers.get('host') ?? url.host}`;
}
