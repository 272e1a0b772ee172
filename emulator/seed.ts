import { readFileSync } from 'node:fs';
import { IdFactory, Rng, ulid } from './ids';
import { DEPARTMENTS, EMPLOYEE_TYPES, FIRST_NAMES, LAST_NAMES, OFFICES, PEOPLE, type Person } from './seed-data';
import { loadSeedFile } from './seed-file';
import type { Store } from './store';
import { Clock, DirectorySync, type UserInput } from './sync';
import type { DirectoryRecord, DirectoryState, DirectoryType, JsonObject, UserRecord } from './types';

/**
 * Deterministic demo data. Every id is derived from a label (e.g. `directory:globex-okta`) through a
 * PRNG seeded with a hash of that label plus a fixed timestamp, so ids never depend on generation
 * order or on the size of the large directory, and no Date.now/Math.random is involved.
 */

export const DEFAULT_LARGE_DIRECTORY_USERS = 10_000;
/** Events are recorded only for this many bulk users of the large directory (keeps startup fast). */
const LARGE_DIRECTORY_EVENT_SAMPLE = 200;
const LARGE_DIRECTORY_SPAN_MS = 60 * 86_400_000;
const DAY = 86_400_000;
const MINUTE = 60_000;

function hash(label: string): number {
  let h = 2166136261; // FNV-1a
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function labelId(prefix: string, label: string, timeMs: number): string {
  return `${prefix}_${ulid(timeMs, new Rng(hash(`${prefix}:${label}`)))}`;
}

interface OrgDef { key: string; name: string; domains: string[]; created: string }
interface GroupDef { name: string; members: (p: Person, index: number) => boolean }
interface DirDef {
  key: string; org: string; name: string; type: DirectoryType; state: DirectoryState; created: string;
  people: Person[]; groups: GroupDef[]; large?: boolean;
}

const ORGS: OrgDef[] = [
  { key: 'acme', name: 'Acme Corporation', domains: ['acme.com', 'acme.io'], created: '2025-01-06T09:00:00.000Z' },
  { key: 'globex', name: 'Globex Corporation', domains: ['globex.com'], created: '2025-01-13T09:00:00.000Z' },
  { key: 'initech', name: 'Initech', domains: ['initech.com'], created: '2025-01-20T09:00:00.000Z' },
  { key: 'umbrella', name: 'Umbrella Health', domains: ['umbrellahealth.io'], created: '2025-01-27T09:00:00.000Z' },
  { key: 'stark', name: 'Stark Industries', domains: ['starkindustries.com'], created: '2025-02-03T09:00:00.000Z' },
  { key: 'wayne', name: 'Wayne Enterprises', domains: ['wayne-enterprises.com'], created: '2025-02-10T09:00:00.000Z' },
];

const inDept = (...depts: string[]) => (p: Person) => depts.includes(p.dept);
const everyone = () => true;

const DIRS: DirDef[] = [
  {
    key: 'acme-azure', org: 'acme', name: 'Acme Corporation — Azure AD', type: 'azure scim v2.0', state: 'linked',
    created: '2025-02-17T10:15:00.000Z', people: PEOPLE.slice(0, 22),
    groups: [
      { name: 'All Staff', members: everyone },
      { name: 'Engineering', members: inDept('Engineering') },
      { name: 'Engineering – Platform', members: (p, i) => p.dept === 'Engineering' && i % 2 === 0 },
      { name: 'Engineering – Frontend', members: (p, i) => p.dept === 'Engineering' && i % 3 === 0 },
      { name: 'Sales & Marketing', members: inDept('Sales', 'Marketing') },
      { name: 'Design', members: inDept('Design') },
      { name: 'Leadership', members: (p) => !!p.admin },
      { name: 'Finance', members: inDept('Finance') },
    ],
  },
  {
    key: 'globex-okta', org: 'globex', name: 'Globex Corporation — Okta', type: 'okta scim v2.0', state: 'linked',
    created: '2025-03-03T08:00:00.000Z', people: [], groups: [], large: true,
  },
  {
    key: 'initech-gsuite', org: 'initech', name: 'Initech — Google Workspace', type: 'gsuite directory', state: 'linked',
    created: '2025-03-17T14:30:00.000Z', people: PEOPLE.slice(8, 24),
    groups: [
      { name: 'everyone@initech.com', members: everyone },
      { name: 'engineering@initech.com', members: inDept('Engineering') },
      { name: 'support@initech.com', members: inDept('Support', 'Sales') },
      { name: 'managers@initech.com', members: (p) => !!p.admin },
    ],
  },
  {
    key: 'initech-workday', org: 'initech', name: 'Initech — Workday', type: 'workday', state: 'invalid_credentials',
    created: '2025-03-24T11:00:00.000Z', people: PEOPLE.slice(18, 30), groups: [],
  },
  {
    key: 'umbrella-rippling', org: 'umbrella', name: 'Umbrella Health — Rippling', type: 'rippling scim v2.0', state: 'unlinked',
    created: '2025-04-07T16:45:00.000Z', people: PEOPLE.slice(3, 10),
    groups: [
      { name: 'All Staff', members: everyone },
      { name: 'Clinical Engineering', members: inDept('Engineering') },
    ],
  },
  {
    key: 'stark-scim', org: 'stark', name: 'Stark Industries — Generic SCIM', type: 'generic scim v2.0', state: 'validating',
    created: '2025-04-21T13:00:00.000Z', people: [], groups: [],
  },
  {
    key: 'wayne-bamboohr', org: 'wayne', name: 'Wayne Enterprises — BambooHR', type: 'bamboohr', state: 'deleting',
    created: '2025-05-05T09:30:00.000Z', people: PEOPLE.slice(12, 18),
    groups: [{ name: 'All Employees', members: everyone }, { name: 'Managers', members: (p) => !!p.admin }],
  },
];

const ms = (iso: string): number => Date.parse(iso);
const orgId = (o: OrgDef) => labelId('org', o.key, ms(o.created));
const dirId = (d: DirDef) => labelId('directory', d.key, ms(d.created));
const findDir = (key: string): DirDef => DIRS.find((d) => d.key === key) as DirDef;
const findOrg = (key: string): OrgDef => ORGS.find((o) => o.key === key) as OrgDef;
const groupId = (d: DirDef, name: string, index: number) => labelId('directory_group', `${d.key}:${name}`, ms(d.created) + 2 * MINUTE + index * MINUTE);

/** Well-known ids of the built-in seed (stable across starts and across --users values). */
export const SEED_IDS = {
  acmeOrganizationId: orgId(findOrg('acme')),
  globexOrganizationId: orgId(findOrg('globex')),
  initechOrganizationId: orgId(findOrg('initech')),
  umbrellaOrganizationId: orgId(findOrg('umbrella')),
  starkOrganizationId: orgId(findOrg('stark')),
  wayneOrganizationId: orgId(findOrg('wayne')),
  /** Acme — Azure AD: rich users (non-ASCII names, several emails, roles), 8 overlapping groups. */
  acmeDirectoryId: dirId(findDir('acme-azure')),
  /** Globex — Okta: the LARGE directory (default 10,000 users, 50 groups). */
  largeDirectoryId: dirId(findDir('globex-okta')),
  /** Initech — Google Workspace: gsuite-shaped raw_attributes. */
  gsuiteDirectoryId: dirId(findDir('initech-gsuite')),
  /** Initech — Workday: users but no groups; state invalid_credentials. */
  noGroupsDirectoryId: dirId(findDir('initech-workday')),
  /** Umbrella — Rippling: state unlinked. */
  unlinkedDirectoryId: dirId(findDir('umbrella-rippling')),
  /** Stark — Generic SCIM: no users, no groups; state validating. */
  emptyDirectoryId: dirId(findDir('stark-scim')),
  /** Wayne — BambooHR: seeded in state `deleting` (stays deleting). */
  deletingDirectoryId: dirId(findDir('wayne-bamboohr')),
  /** Acme's "Engineering" group and "All Staff" group. */
  acmeEngineeringGroupId: groupId(findDir('acme-azure'), 'Engineering', 1),
  acmeAllStaffGroupId: groupId(findDir('acme-azure'), 'All Staff', 0),
  /** José Núñez in Acme (admin, several emails). */
  acmeJoseUserId: labelId('directory_user', 'acme-azure:jose.nunez', ms(findDir('acme-azure').created) + 30 * MINUTE),
} as const;

export interface SeedOptions {
  largeDirectoryUsers?: number;
  seedFile?: string;
}

/** Fills an empty store with the built-in demo data, or with the seed file's data if given. */
export function seedStore(store: Store, options: SeedOptions = {}): void {
  if (options.seedFile) {
    loadSeedFile(store, JSON.parse(readFileSync(options.seedFile, 'utf8')), syncFor);
    return;
  }
  for (const org of ORGS) {
    const created = ms(org.created);
    store.addOrganization({
      id: orgId(org), name: org.name, created_at: org.created,
      domains: org.domains.map((domain) => ({ id: labelId('org_domain', domain, created), domain })),
    });
  }
  for (const def of DIRS) seedDirectory(store, def, options.largeDirectoryUsers ?? DEFAULT_LARGE_DIRECTORY_USERS);
}

/** Each directory's history runs on its own fixed clock and id stream, independent of the others. */
function syncFor(store: Store, label: string, startMs: number): DirectorySync {
  const clock = new Clock(() => 0);
  clock.set(startMs);
  return new DirectorySync(store, new IdFactory(new Rng(hash(`events:${label}`))), clock);
}

function seedDirectory(store: Store, def: DirDef, largeUsers: number): void {
  const org = findOrg(def.org);
  const created = ms(def.created);
  const rng = new Rng(hash(`dir:${def.key}`));
  const dir: DirectoryRecord = {
    id: dirId(def), organization_id: orgId(org), external_key: externalKey(rng), type: def.type,
    state: def.state, name: def.name, domain: org.domains[0], created_at: def.created,
    updated_at: new Date(created + 45 * MINUTE).toISOString(),
  };
  store.addDirectory(dir);
  if (def.state === 'validating') return; // never synced: no data, no events
  const sync = syncFor(store, def.key, created + MINUTE);
  sync.activated(dir);
  if (def.large) return seedLargeDirectory(sync, dir, largeUsers, rng);

  const groups = def.groups.map((g, i) => {
    sync.clock.set(created + 2 * MINUTE + i * MINUTE);
    return sync.createGroup(dir, { id: groupId(def, g.name, i), idp_id: groupIdpId(def.type, rng), name: g.name, raw_attributes: groupRaw(def.type, g.name, rng) });
  });
  const domain = org.domains[0] as string;
  const manager = def.people.find((p) => p.admin);
  const users: UserRecord[] = def.people.map((p, i) => {
    const at = created + 30 * MINUTE + i * MINUTE;
    sync.clock.set(at);
    const user = sync.createUser(dir, richUser(def, p, i, domain, manager, rng, labelId('directory_user', `${def.key}:${p.slug}`, at)));
    def.groups.forEach((g, gi) => {
      const group = groups[gi];
      if (group && g.members(p, i)) sync.addMember(group.id, user.id);
    });
    return user;
  });

  // Later syncs: state changes and title changes (dsync.user.updated with previous_attributes),
  // a leaver (user.deleted + group.user_removed) and a membership removal.
  sync.clock.set(created + 14 * DAY);
  def.people.forEach((p, i) => {
    const user = users[i];
    if (user && p.state && p.state !== 'active') sync.updateUser(user.id, { state: p.state });
  });
  const promoted = users.find((u, i) => def.people[i]?.title && i % 4 === 1);
  if (promoted) sync.updateUser(promoted.id, { job_title: `Senior ${promoted.job_title}`, custom_attributes: { ...promoted.custom_attributes, job_title: `Senior ${promoted.job_title}` } });
  if (users.length > 2) {
    sync.clock.set(created + 20 * DAY);
    const leaver = sync.createUser(dir, { ...richUser(def, { first: 'Temporary', last: 'Contractor', slug: 'temp.contractor', dept: 'Operations', title: 'Contractor' }, 99, domain, manager, rng, labelId('directory_user', `${def.key}:leaver`, created + 20 * DAY)) });
    if (groups[0]) sync.addMember(groups[0].id, leaver.id);
    sync.clock.set(created + 40 * DAY);
    sync.deleteUser(leaver.id);
    const lastGroup = groups[groups.length - 1];
    const someMember = lastGroup && store.membersOfGroup(lastGroup.id).idAt(0);
    if (lastGroup && someMember && groups.length > 1) sync.removeMember(lastGroup.id, someMember);
  }
}

function externalKey(rng: Rng): string {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let out = '';
  for (let i = 0; i < 16; i++) out += chars[rng.int(chars.length)];
  return out;
}

function groupIdpId(type: DirectoryType, rng: Rng): string {
  if (type === 'gsuite directory') return `0${rng.int(1e9).toString(16)}${rng.int(1e6).toString(36)}`;
  if (type === 'azure scim v2.0') return `${rng.int(1e8).toString(16).padStart(8, '0')}-${rng.int(65536).toString(16).padStart(4, '0')}-4${rng.int(4096).toString(16).padStart(3, '0')}-a${rng.int(4096).toString(16).padStart(3, '0')}-${rng.int(1e12).toString(16).padStart(12, '0')}`;
  return `00g${rng.int(36 ** 8).toString(36).padStart(8, '0')}${rng.int(36 ** 6).toString(36)}`;
}

function groupRaw(type: DirectoryType, name: string, rng: Rng): JsonObject {
  if (type === 'gsuite directory') return { kind: 'admin#directory#group', email: name, name: name.split('@')[0] ?? name, directMembersCount: String(rng.int(40)) };
  return { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: name, meta: { resourceType: 'Group' } };
}

function userIdpId(type: DirectoryType, rng: Rng, n: number): string {
  if (type === 'gsuite directory') return String(100000000000000000000 + rng.int(1e9) * 1000 + n).slice(0, 21);
  if (type === 'workday') return `WD-${String(10000 + n * 7 + rng.int(7)).padStart(6, '0')}`;
  if (type === 'bamboohr') return String(100 + n);
  if (type === 'azure scim v2.0') return groupIdpId(type, rng);
  return `00u${rng.int(36 ** 8).toString(36).padStart(8, '0')}${rng.int(36 ** 6).toString(36)}`;
}

function richUser(def: DirDef, p: Person, i: number, domain: string, manager: Person | undefined, rng: Rng, id: string): UserInput {
  const email = `${p.slug}@${domain}`;
  const office = OFFICES[i % OFFICES.length] ?? OFFICES[0];
  const dept = DEPARTMENTS.find((d) => d.name === p.dept);
  const fullName = [p.first, p.last].filter(Boolean).join(' ') || null;
  const idpId = userIdpId(def.type, rng, i);
  const employeeType = p.slug.startsWith('svc') ? 'Service Account' : (EMPLOYEE_TYPES[i % EMPLOYEE_TYPES.length] as string);
  const emails = [{ primary: true, type: 'work', value: email }];
  if (i % 3 === 0) emails.push({ primary: false, type: 'home', value: `${p.slug.replace('.', '')}@gmail.com` });
  const managerEmail = manager && manager !== p ? `${manager.slug}@${domain}` : null;
  const address = { street_address: office.street, locality: office.name, region: office.region, postal_code: office.postal, country: office.country, primary: true };
  const custom: JsonObject = {
    department_name: p.dept,
    ...(p.title && { job_title: p.title }),
    manager_email: managerEmail,
    employee_type: employeeType,
    cost_center: dept?.cost ?? 'CC-0000',
    employee_id: `E${String(1000 + i).padStart(5, '0')}`,
    addresses: [address],
  };
  return {
    id,
    idp_id: idpId,
    email,
    first_name: p.first,
    last_name: p.last,
    name: fullName,
    emails,
    ...(p.noUsername ? {} : { username: def.type === 'gsuite directory' ? email : p.slug }),
    ...(p.title !== undefined && { job_title: p.title }),
    state: 'active',
    raw_attributes: rawUser(def.type, p, idpId, email, emails, fullName, managerEmail, address, employeeType),
    custom_attributes: custom,
    role: { slug: p.admin ? 'admin' : 'member' },
    roles: p.admin ? [{ slug: 'admin' }, { slug: 'member' }] : [{ slug: 'member' }],
  };
}

/** The provider's own payload shape: SCIM 2.0 for SCIM providers, Admin SDK for Google, HRIS records otherwise. */
function rawUser(
  type: DirectoryType, p: Person, idpId: string, email: string, emails: { primary: boolean; type: string; value: string }[],
  fullName: string | null, managerEmail: string | null, address: JsonObject, employeeType: string,
): JsonObject {
  switch (type) {
    case 'gsuite directory':
      return {
        kind: 'admin#directory#user', id: idpId, primaryEmail: email,
        name: { givenName: p.first, familyName: p.last, fullName },
        isAdmin: !!p.admin, suspended: false, orgUnitPath: `/${p.dept}`,
        emails: emails.map((e) => ({ address: e.value, ...(e.primary && { primary: true }) })),
        organizations: [{ title: p.title ?? null, department: p.dept, primary: true }],
        ...(managerEmail && { relations: [{ value: managerEmail, type: 'manager' }] }),
      };
    case 'workday':
      return {
        Worker_ID: idpId, Legal_Name: { First_Name: p.first, Last_Name: p.last }, Email_Address: email,
        Position_Title: p.title ?? null, Supervisory_Organization: p.dept, Worker_Type: employeeType,
        Manager_Email: managerEmail, Active: '1', Location: address.locality ?? null,
      };
    case 'bamboohr':
      return {
        id: idpId, firstName: p.first, lastName: p.last, displayName: fullName, workEmail: email,
        jobTitle: p.title ?? null, department: p.dept, status: 'Active', employmentHistoryStatus: employeeType,
        supervisorEmail: managerEmail, location: address.locality ?? null,
      };
    default:
      return {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
        id: idpId, externalId: idpId, userName: email, active: true,
        name: { givenName: p.first, familyName: p.last, formatted: fullName },
        displayName: fullName, title: p.title ?? null,
        emails: emails.map((e) => ({ value: e.value, type: e.type, primary: e.primary })),
        addresses: [{ type: 'work', streetAddress: address.street_address ?? null, locality: address.locality ?? null, region: address.region ?? null, postalCode: address.postal_code ?? null, country: address.country ?? null, primary: true }],
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {
          department: p.dept, ...(managerEmail && { manager: { value: managerEmail } }),
        },
        meta: { resourceType: 'User' },
      };
  }
}

/** Group names of the large directory: All Staff, departments, engineering teams, offices, projects (50). */
function largeGroupNames(): string[] {
  const names = ['All Staff', ...DEPARTMENTS.map((d) => d.name)];
  for (const team of ['Platform', 'Mobile', 'Web', 'Infrastructure', 'Payments', 'Identity', 'Search', 'ML']) names.push(`Engineering – ${team}`);
  for (const office of OFFICES) names.push(`Office – ${office.name}`);
  for (const project of ['Apollo', 'Borealis', 'Cobalt', 'Delta', 'Ember', 'Falcon', 'Granite', 'Helios', 'Ion', 'Juniper',
    'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Orion', 'Polaris', 'Quasar', 'Radiant', 'Sierra', 'Titan', 'Umbra', 'Vega']) {
    names.push(`Project ${project}`);
  }
  return names.slice(0, 50);
}

/**
 * The large directory: compact users (derived emails/name/raw_attributes, see UserRecord.compact),
 * 50 groups, ~3 memberships per user. Events are recorded for the first LARGE_DIRECTORY_EVENT_SAMPLE
 * users only, so a 100k-user seed still produces a bounded history.
 */
function seedLargeDirectory(sync: DirectorySync, dir: DirectoryRecord, count: number, rng: Rng): void {
  const created = Date.parse(dir.created_at);
  const names = largeGroupNames();
  const groups = names.map((name, i) => {
    sync.clock.set(created + 2 * MINUTE + i * MINUTE);
    return sync.createGroup(dir, {
      id: labelId('directory_group', `globex:${name}`, created + 2 * MINUTE + i * MINUTE),
      idp_id: groupIdpId(dir.type, rng), name, raw_attributes: groupRaw(dir.type, name, rng),
    });
  });
  const groupByName = new Map(groups.map((g) => [g.name, g.id]));
  const projectGroups = groups.filter((g) => g.name.startsWith('Project '));
  const engTeams = groups.filter((g) => g.name.startsWith('Engineering – '));
  const start = created + 60 * MINUTE;
  const step = Math.max(1, Math.floor(LARGE_DIRECTORY_SPAN_MS / Math.max(count + 1, 1)));
  const domain = dir.domain ?? 'globex.com';
  const ROLE_MEMBER = { slug: 'member' };
  let managerEmail: string | null = null;
  // One sampled user leaves in the later sync below; seed one extra so the directory ends with exactly `count`.
  const seeded = count > 3 ? count + 1 : count;
  for (let i = 0; i < seeded; i++) {
    sync.emit = i < LARGE_DIRECTORY_EVENT_SAMPLE;
    const at = start + i * step;
    sync.clock.set(at);
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const dept = rng.pick(DEPARTMENTS);
    const office = rng.pick(OFFICES);
    const title = rng.pick(dept.titles);
    const slug = `${ascii(first)}.${ascii(last)}${i}`;
    const roll = rng.next();
    const email = `${slug}@${domain}`;
    const user = sync.createUser(dir, {
      id: labelId('directory_user', `globex:${i}`, at),
      idp_id: `00u${(i + 1).toString(36).padStart(6, '0')}${rng.int(36 ** 6).toString(36)}`,
      email, first_name: first, last_name: last,
      ...(i % 7 !== 0 && { username: email }),
      ...(i % 5 !== 0 && { job_title: title }),
      state: roll < 0.9 ? 'active' : roll < 0.97 ? 'inactive' : 'suspended',
      custom_attributes: {
        department_name: dept.name, job_title: title, employee_type: rng.pick(EMPLOYEE_TYPES), cost_center: dept.cost,
        manager_email: managerEmail, office: office.name,
      },
      role: ROLE_MEMBER, roles: [ROLE_MEMBER],
      compact: true,
    });
    if (i % 25 === 0) managerEmail = email;
    const memberOf = [groupByName.get('All Staff'), groupByName.get(dept.name), groupByName.get(`Office – ${office.name}`)];
    if (dept.name === 'Engineering') memberOf.push(rng.pick(engTeams).id);
    if (rng.chance(0.3)) memberOf.push(rng.pick(projectGroups).id);
    for (const gid of memberOf) if (gid) sync.addMember(gid, user.id);
  }
  // A few later syncs in the sample, so the large directory's feed also has updates and a leaver.
  sync.emit = true;
  sync.clock.set(start + LARGE_DIRECTORY_SPAN_MS + DAY);
  const sample = sync.store.usersOfDirectory(dir.id).toArray().slice(0, Math.min(count, 12));
  sample.forEach((uid, k) => {
    if (k % 4 === 1) sync.updateUser(uid, { state: 'suspended' });
    if (k % 4 === 2) sync.updateUser(uid, { job_title: 'Principal Engineer' });
  });
  const leaver = sample[sample.length - 1];
  if (leaver && sample.length > 3) sync.deleteUser(leaver);
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}
