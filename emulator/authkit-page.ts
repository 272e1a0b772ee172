import { createHash } from 'node:crypto';
import type { DemoAccount } from './authkit-accounts';

/**
 * The emulator's browser-facing AuthKit pages: the hosted sign-in page, a 400 page for bad
 * authorize requests and a "signed out" page. Self-contained (no external assets, no script), one
 * plain <form method="post"> per account, so they work under a strict CSP and without JavaScript.
 */

const STYLE = `
:root{color-scheme:light dark;--bg:#f4f5f7;--card:#fff;--text:#1b1d21;--muted:#555b66;--line:#c9ccd3;--accent:#4b4bc4;--warn-bg:#fff4cc;--warn-line:#c9a227}
@media (prefers-color-scheme:dark){:root{--bg:#15171b;--card:#1f2228;--text:#eceef2;--muted:#aab0bb;--line:#444a55;--accent:#9d9dff;--warn-bg:#3a3214;--warn-line:#a88a2a}}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:30rem;margin:3rem auto;padding:2rem;background:var(--card);border:1px solid var(--line);border-radius:12px}
h1{font-size:1.4rem;margin:0 0 .5rem}
p{margin:.5rem 0}
.notice{background:var(--warn-bg);border:1px solid var(--warn-line);border-radius:8px;padding:.6rem .8rem;font-size:.9rem}
ul.accounts{list-style:none;padding:0;margin:1.25rem 0 0}
ul.accounts li{margin:0 0 1rem}
button{width:100%;padding:.7rem 1rem;border:1px solid var(--accent);border-radius:8px;background:var(--accent);color:var(--card);font:inherit;font-weight:600;cursor:pointer}
button:hover{filter:brightness(1.1)}
button:focus-visible{outline:3px solid var(--text);outline-offset:2px}
.details{margin:.35rem .25rem 0;color:var(--muted);font-size:.9rem}
.small{color:var(--muted);font-size:.85rem;word-break:break-all}
code{font-size:.85em}
`;

/** The CSP allows exactly this stylesheet by hash, nothing else (no scripts, no external loads). */
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
const HEADERS = {
  'Content-Type': 'text/html; charset=UTF-8',
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; frame-ancestors 'none'`,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function page(title: string, body: string, status: number): Response {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
${body}
</main></body>
</html>
`;
  return new Response(html, { status, headers: HEADERS });
}

const EMULATOR_NOTICE = '<p class="notice" role="note"><strong>Local WorkOS emulator.</strong> This is not WorkOS: no password is needed, and these demo accounts exist only on this machine.</p>';

export interface LoginPageInput {
  accounts: readonly DemoAccount[];
  /** Every authorize query parameter, echoed into each form so the choice carries the original request. */
  params: URLSearchParams;
  action: string;
  redirectUri: string;
  loginHint: string | null;
  signUp: boolean;
}

export function loginPage(input: LoginPageInput): Response {
  const hidden = [...input.params]
    .filter(([name]) => name !== 'account')
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const items = input.accounts.map((a, i) => {
    const name = `${a.first_name} ${a.last_name}`;
    const hinted = input.loginHint !== null && input.loginHint.toLowerCase() === a.email.toLowerCase();
    return `<li><form method="post" action="${escapeHtml(input.action)}">${hidden}
<input type="hidden" name="account" value="${escapeHtml(a.id)}">
<button type="submit" aria-describedby="account-${i}"${hinted ? ' autofocus' : ''}>Sign in as ${escapeHtml(name)}</button>
<p class="details" id="account-${i}">${escapeHtml(a.email)} · role: <strong>${escapeHtml(a.role)}</strong> · ${escapeHtml(a.description)}</p>
</form></li>`;
  }).join('\n');
  const signUpNote = input.signUp ? '<p>Sign-up is not emulated: choose one of the demo accounts instead.</p>' : '';
  return page('Sign in to the Directory Sync demo', `<h1>Sign in to the Directory Sync demo</h1>
${EMULATOR_NOTICE}
${signUpNote}<p>Choose a demo account:</p>
<ul class="accounts">
${items}
</ul>
<p class="small">After signing in you return to <code>${escapeHtml(input.redirectUri)}</code>.</p>`, 200);
}

/** 400: the authorize request itself is wrong (a bug in the app that sent it), so say exactly what. */
export function badRequestPage(problems: readonly string[]): Response {
  const list = problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  return page('Invalid sign-in request', `<h1>Invalid sign-in request</h1>
<p>The local WorkOS emulator cannot start this sign-in:</p>
<ul>${list}</ul>
<p class="small">This usually means the app built the authorization URL with missing or wrong parameters.</p>`, 400);
}

/** Shown after logout when there is no `return_to` and no default sign-out URL. */
export function signedOutPage(): Response {
  return page('Signed out', `<h1>You are signed out</h1>
${EMULATOR_NOTICE}
<p>Your demo session has ended. You can close this tab or go back to the app.</p>`, 200);
}
