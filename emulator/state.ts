import { AuthKitStore } from './authkit-store';
import { FaultRegistry } from './faults';
import { IdFactory, Rng } from './ids';
import { RateLimiter } from './rate-limit';
import { seedStore, type SeedOptions } from './seed';
import { Store } from './store';
import { Clock, DirectorySync } from './sync';
import { WebhookDispatcher } from './webhooks';

export interface EmulatorConfig extends SeedOptions {
  apiKey: string;
  rateLimit: boolean;
  deleteDelayMs: number;
  /** AuthKit access-token lifetime (default 3600). */
  accessTokenTtlSeconds?: number;
  /** Where logout sends the browser when the app passes no `return_to` (default: a "signed out" page). */
  signOutRedirectUrl?: string;
}

/** Fixed seed of the id stream for objects created at runtime (control API), reset with the data. */
const RUNTIME_ID_SEED = 0x5eed;

/**
 * Everything mutable behind one server: data, faults, latency, rate limiting, stats, webhooks and
 * the pending directory deletions. `reset()` puts it back to the freshly-seeded state.
 */
export class EmulatorState {
  store!: Store;
  sync!: DirectorySync;
  readonly faults = new FaultRegistry();
  readonly rateLimiter = new RateLimiter();
  readonly webhooks = new WebhookDispatcher();
  /** AuthKit codes and sessions; reset with the rest, but the signing key and demo accounts never change. */
  readonly authkit: AuthKitStore;
  latencyMs = 0;
  deleteDelayMs: number;
  stats = new Map<string, number>();
  private deletions = new Map<string, NodeJS.Timeout>();

  constructor(readonly config: EmulatorConfig) {
    this.deleteDelayMs = config.deleteDelayMs;
    this.authkit = new AuthKitStore({ ...(config.accessTokenTtlSeconds !== undefined && { accessTokenTtlSeconds: config.accessTokenTtlSeconds }) });
    this.reset();
  }

  reset(): void {
    this.cancelDeletions();
    this.store = new Store();
    seedStore(this.store, this.config);
    this.sync = new DirectorySync(this.store, new IdFactory(new Rng(RUNTIME_ID_SEED)), new Clock(), (event) => this.webhooks.dispatch(event));
    this.faults.clear();
    this.latencyMs = 0;
    this.deleteDelayMs = this.config.deleteDelayMs;
    this.rateLimiter.configure(this.config.rateLimit);
    this.stats.clear();
    this.authkit.reset();
  }

  countRequest(route: string): void {
    this.stats.set(route, (this.stats.get(route) ?? 0) + 1);
  }

  /**
   * DELETE /directories/:id: the directory turns `deleting` now and disappears (with its users and
   * groups, recording dsync.deleted) after the configured delay. Idempotent while pending.
   */
  beginDeletion(directoryId: string): void {
    const dir = this.store.directories.get(directoryId);
    if (!dir || this.deletions.has(directoryId)) return;
    if (dir.state !== 'deleting') {
      dir.state = 'deleting';
      dir.updated_at = new Date(this.sync.clock.now()).toISOString();
    }
    if (this.deleteDelayMs <= 0) return this.finishDeletion(directoryId);
    const timer = setTimeout(() => this.finishDeletion(directoryId), this.deleteDelayMs);
    this.deletions.set(directoryId, timer);
  }

  private finishDeletion(directoryId: string): void {
    this.deletions.delete(directoryId);
    const dir = this.store.removeDirectory(directoryId);
    if (dir) this.sync.deleted(dir);
  }

  cancelDeletions(): void {
    for (const timer of this.deletions.values()) clearTimeout(timer);
    this.deletions.clear();
  }
}
