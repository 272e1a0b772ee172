/**
 * Signs in to a dashboard over plain HTTP, the way a browser would (dashboard → AuthKit authorize page
 * on the emulator → callback), and returns the Cookie header of the session, for scripts that fetch pages.
 */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

export async function signInOverHttp(dashboardUrl: string, accountName = 'Alex Morgan'): Promise<string> {
  // Look like a browser's top-level navigation: AuthKit sets its PKCE cookie only for those.
  const navigation = { accept: 'text/html', 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate' };
  const start = await fetch(`${dashboardUrl}/directories`, { headers: navigation, redirect: 'manual' });
  const authorizeUrl = start.headers.get('location');
  if (!authorizeUrl) throw new Error(`expected a redirect to sign in, got HTTP ${start.status}`);
  const pkceCookies = cookiesOf(start);

  const page = await (await fetch(authorizeUrl)).text();
  const form = [...page.matchAll(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g)].find((match) => match[2]!.includes(`Sign in as ${accountName}`));
  if (!form) throw new Error(`no "Sign in as ${accountName}" on the authorize page`);
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields = new URLSearchParams([...form[2]!.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [decode(m[1]!), decode(m[2]!)]));
  const chosen = await fetch(new URL(decode(form[1]!), authorizeUrl), { method: 'POST', body: fields, redirect: 'manual' });
  const callbackUrl = chosen.headers.get('location');
  if (!callbackUrl) throw new Error(`the authorize page answered HTTP ${chosen.status}, not a redirect`);

  const callback = await fetch(callbackUrl, { headers: { Cookie: pkceCookies.join('; ') }, redirect: 'manual' });
  const session = cookiesOf(callback).filter((cookie) => !cookie.endsWith('='));
  if (!session.some((cookie) => cookie.startsWith('wos-session='))) throw new Error(`the callback set no session (HTTP ${callback.status})`);
  return session.join('; ');
}
