import { applyDemoAuthDefaults } from './lib/config';

/** Runs once when a server process starts, before it serves a request. */
export function register(): void {
  applyDemoAuthDefaults();
}
