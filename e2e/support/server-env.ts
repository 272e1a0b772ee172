/**
 * Settings the suite gives the dashboard server beyond the emulator's address. The webhook secret is
 * there so that a secret exists for specs to prove it is never shown beyond its masked form.
 */
export const E2E_WEBHOOK_SECRET = 'e2e-webhook-secret-do-not-show-9f3kQ2';

/**
 * The suite's main dashboard reads WorkOS uncached, so each spec sees the emulator's current state and
 * injected faults at once. Caching itself is tested on a dashboard of its own (e2e/caching.mutation.spec.ts).
 */
export const UNCACHED = { WORKOS_CACHE_TTL_SECONDS: '0' };
