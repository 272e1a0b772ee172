import '@/lib/auth-env';
import { handleAuth } from '@workos-inc/authkit-nextjs';
import type { NextRequest } from 'next/server';
import { requestOrigin } from '@/lib/request-origin';

/** AuthKit's redirect URI: exchanges the code, sets the session cookie, returns to the page asked for (on the same host). */
export function GET(request: NextRequest): Promise<Response> {
  return handleAuth({ returnPathname: '/directories', baseURL: requestOrigin(request) })(request);
}
