import './lib/auth-env'; // before AuthKit loads: it reads its settings from the environment at import
import { applyResponseHeaders, authkit, handleAuthkitProxy, partitionAuthkitHeaders } from '@workos-inc/authkit-nextjs';
import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { describeApiBaseUrl, readWorkOSConnection } from './lib/config';
import { contentSecurityPolicy } from './lib/csp';
import { requestOrigin } from './lib/request-origin';

/** Reachable without a session: the sign-in flow itself, and the webhook receiver (it checks signatures instead). */
const PUBLIC_PATHS = ['/callback', '/sign-in', '/not-allowed', '/api/webhooks/workos'];

const isPublic = (pathname: string) => PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));

/**
 * Every request: refresh the AuthKit session, send the signed-out to sign in (API routes get 401),
 * and set a nonce-based CSP. Pages, route handlers and actions check the session again themselves
 * (lib/session.ts); this is the first gate, not the only one.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const redirectUri = process.env.NEXT_PUBLIC_WORKOS_REDIRECT_URI || `${requestOrigin(request)}/callback`;
  const { session, headers, authorizationUrl } = await authkit(request, { redirectUri });

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, new URL(describeApiBaseUrl(readWorkOSConnection())).origin, process.env.NODE_ENV === 'development');

  let response: NextResponse;
  if (!session.user && !isPublic(pathname)) {
    if (pathname.startsWith('/api/')) {
      response = applyResponseHeaders(NextResponse.json({ error: 'unauthorized', message: 'Sign in to use this endpoint.' }, { status: 401 }), partitionAuthkitHeaders(request, headers).responseHeaders);
    } else {
      response = handleAuthkitProxy(request, headers, { redirect: authorizationUrl });
    }
  } else {
    const { requestHeaders, responseHeaders } = partitionAuthkitHeaders(request, headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('content-security-policy', csp);
    response = applyResponseHeaders(NextResponse.next({ request: { headers: requestHeaders } }), responseHeaders);
  }
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
