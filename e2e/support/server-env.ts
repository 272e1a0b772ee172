/**
 * Settings the suite gives the dashboard server beyond the emulator's address. The webhook secret is
 * there so that a secret exists for specs to prove it is never shown beyond its masked form.
 */
export const E2E_WEBHOOK_SECRET = 'e2e-webhook-secret-do-not-show-9f3kQ2';
