import 'server-only';
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * An append-only audit trail of destructive actions, kept as JSON Lines on disk so it survives
 * restarts without a database. One line per attempt, written before the action answers.
 */
export type AuditOutcome = 'deleted' | 'already_deleted' | 'refused' | 'failed';

export interface AuditEntry {
  id: string;
  at: string;
  action: 'directory.delete';
  actor: { id: string; name: string };
  directory: { id: string; name: string | null; type: string | null; organizationId: string | null; users: number | null; groups: number | null };
  outcome: AuditOutcome;
  detail: string | null;
  requestId: string | null;
}

function auditLogPath(): string {
  return path.resolve(process.env.AUDIT_LOG_PATH || path.join('data', 'audit.jsonl'));
}

export async function recordAudit(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<AuditEntry> {
  const full: AuditEntry = { id: randomUUID(), at: new Date().toISOString(), ...entry };
  const file = auditLogPath();
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, `${JSON.stringify(full)}\n`, 'utf8');
  return full;
}

/** Newest first. A torn or hand-edited line is skipped rather than breaking the page. */
export async function readAuditLog(): Promise<AuditEntry[]> {
  let text: string;
  try {
    text = await readFile(auditLogPath(), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: AuditEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as AuditEntry);
    } catch {
      // skip
    }
  }
  return entries.reverse();
}

export async function findAuditEntry(id: string): Promise<AuditEntry | null> {
  return (await readAuditLog()).find((entry) => entry.id === id) ?? null;
}
