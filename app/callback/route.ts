import '@/lib/auth-env';
import { handleAuth } from '@workos-inc/authkit-nextjs';

/** AuthKit's redirect URI: exchanges the code, sets the session cookie, returns to the page asked for. */
export const GET = handleAuth({ returnPathname: '/directories' });
