/**
 * The one way a secret (API key, webhook secret, anything pasted where a secret might be) is shown,
 * on the settings page and by `npm run doctor`: its recognizable prefix and its last 4 characters.
 * That is enough to tell two keys apart, and to see which kind of key it is, without revealing it.
 */

/** WorkOS-style prefixes worth showing: `sk_test_`, `sk_live_`, `pk_test_`, `client_`, `project_`… */
const PREFIX = /^[A-Za-z]{2,10}_(?:(?:test|live)_)?/;
/** Below this many hidden-from-prefix characters, even the last 4 would give away too much. */
const MIN_REST_FOR_SUFFIX = 12;

export function maskSecret(value: string): string {
  const prefix = PREFIX.exec(value)?.[0] ?? '';
  const rest = value.slice(prefix.length);
  const suffix = rest.length >= MIN_REST_FOR_SUFFIX ? rest.slice(-4) : '';
  return `${prefix}…${suffix}`;
}
