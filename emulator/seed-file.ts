import { z } from 'zod';
import type { Store } from './store';
import type { DirectorySync } from './sync';
import { DIRECTORY_STATES, DIRECTORY_TYPES, USER_STATES, type JsonObject } from './types';

/**
 * Seed-file format (documented in README.md): organizations and directories with their groups and
 * users; users reference groups by id or name. Missing ids and timestamps are derived
 * deterministically. The history (dsync.activated, group.created, user.created, group.user_added)
 * is recorded as if the directory had just synced.
 */

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO-8601 timestamp');
const json = z.record(z.string(), z.unknown());

const UserSchema = z.object({
  id: z.string().min(1).optional(),
  idp_id: z.string().optional(),
  email: z.string().nullable(),
  first_name: z.string().nullable().default(null),
  last_name: z.string().nullable().default(null),
  name: z.string().nullable().optional(),
  emails: z.array(z.object({ primary: z.boolean(), type: z.string(), value: z.string().nullable() })).optional(),
  username: z.string().nullable().optional(),
  job_title: z.string().nullable().optional(),
  state: z.enum(USER_STATES).default('active'),
  custom_attributes: json.default({}),
  raw_attributes: json.optional(),
  role: z.object({ slug: z.string() }).optional(),
  roles: z.array(z.object({ slug: z.string() })).optional(),
  groups: z.array(z.string()).default([]),
  created_at: iso.optional(),
});

const GroupSchema = z.object({
  id: z.string().min(1).optional(),
  idp_id: z.string().optional(),
  name: z.string().min(1),
  raw_attributes: json.optional(),
  created_at: iso.optional(),
});

export const SeedFileSchema = z.object({
  organizations: z.array(z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    domains: z.array(z.string()).default([]),
    created_at: iso.optional(),
  })).default([]),
  directories: z.array(z.object({
    id: z.string().min(1).optional(),
    organization_id: z.string().min(1),
    name: z.string().min(1),
    type: z.enum(DIRECTORY_TYPES),
    state: z.enum(DIRECTORY_STATES).default('linked'),
    domain: z.string().optional(),
    external_key: z.string().optional(),
    created_at: iso.optional(),
    groups: z.array(GroupSchema).default([]),
    users: z.array(UserSchema).default([]),
  })).default([]),
});

export type SeedFile = z.input<typeof SeedFileSchema>;

const DEFAULT_TIME = '2025-01-01T00:00:00.000Z';
const MINUTE = 60_000;

type SyncFactory = (store: Store, label: string, startMs: number) => DirectorySync;

export function loadSeedFile(store: Store, input: unknown, syncFor: SyncFactory): void {
  const parsed = SeedFileSchema.safeParse(input);
  if (!parsed.success) throw new Error(`Invalid seed file: ${z.prettifyError(parsed.error)}`);
  const data = parsed.data;
  for (const org of data.organizations) {
    store.addOrganization({
      id: org.id, name: org.name, created_at: new Date(org.created_at ?? DEFAULT_TIME).toISOString(),
      domains: org.domains.map((domain, i) => ({ id: `org_domain_${org.id.replace(/^org_/, '')}${i}`, domain })),
    });
  }
  data.directories.forEach((d, di) => {
    if (!store.organizations.has(d.organization_id)) {
      throw new Error(`Invalid seed file: directory '${d.name}' references unknown organization '${d.organization_id}'`);
    }
    const created = Date.parse(d.created_at ?? DEFAULT_TIME) + di * MINUTE;
    const createdIso = new Date(created).toISOString();
    const sync = syncFor(store, `seed-file:${d.id ?? d.name}`, created + MINUTE);
    const dir = {
      id: d.id ?? sync.ids.make('directory', created), organization_id: d.organization_id, name: d.name, type: d.type,
      state: d.state, external_key: d.external_key ?? `key_${di}`, created_at: createdIso, updated_at: createdIso,
      ...(d.domain !== undefined && { domain: d.domain }),
    };
    store.addDirectory(dir);
    if (dir.state !== 'validating') sync.activated(dir);
    const groupIds = new Map<string, string>();
    d.groups.forEach((g, gi) => {
      if (g.created_at) sync.clock.set(Date.parse(g.created_at));
      const group = sync.createGroup(dir, {
        ...(g.id !== undefined && { id: g.id }), idp_id: g.idp_id ?? `group-${gi + 1}`, name: g.name,
        ...(g.raw_attributes !== undefined && { raw_attributes: g.raw_attributes as JsonObject }),
        ...(g.created_at !== undefined && { created_at: new Date(g.created_at).toISOString() }),
      });
      groupIds.set(group.id, group.id).set(g.name, group.id).set(group.idp_id, group.id);
    });
    d.users.forEach((u, ui) => {
      if (u.created_at) sync.clock.set(Date.parse(u.created_at));
      const { groups, created_at, id, idp_id, custom_attributes, raw_attributes, ...fields } = u;
      const user = sync.createUser(dir, {
        ...fields,
        ...(id !== undefined && { id }),
        idp_id: idp_id ?? `user-${ui + 1}`,
        custom_attributes: custom_attributes as JsonObject,
        ...(raw_attributes !== undefined && { raw_attributes: raw_attributes as JsonObject }),
        ...(created_at !== undefined && { created_at: new Date(created_at).toISOString() }),
      });
      for (const ref of groups) {
        const gid = groupIds.get(ref);
        if (!gid) throw new Error(`Invalid seed file: user '${u.email}' references unknown group '${ref}'`);
        sync.addMember(gid, user.id);
      }
    });
  });
}
