import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AttributeList } from '@/components/attribute-list';
import { Badge, UserStateBadge } from '@/components/badges';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CopyableId } from '@/components/copy-button';
import { Details, JsonBlock, Section } from '@/components/details';
import { PagedList } from '@/components/paged-list';
import { TableSkeleton } from '@/components/skeleton';
import { formatDateTime, jobTitleOf, userDisplayName, userEmails, usernameOf } from '@/lib/format';
import { loadDirectoryActivity } from '@/lib/activity';
import { listParamsToQuery, parseEventCursor, parseListParams } from '@/lib/list-params';
import type { RawSearchParams } from '@/lib/list-params';
import { firstFailure, load, startLoad } from '@/lib/load';
import type { Loaded } from '@/lib/load';
import { routeId } from '@/lib/route-ids';
import type { DirectoryGroup, Page } from '@/lib/types';
import { getDirectory, getDirectoryUser, listDirectoryGroups } from '@/lib/workos';
import { ApiFailureView } from '@/components/api-failure';
import { Timeline } from '../../(tabs)/activity/timeline';
import { GroupsTable } from '../../(tabs)/groups/groups-table';

interface Props {
  params: Promise<{ directoryId: string; userId: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { directoryId, userId } = await params;
  const user = await getDirectoryUser(directoryId, userId).catch(() => null);
  return { title: user ? userDisplayName(user) : 'User' };
}

export default async function DirectoryUserPage({ params, searchParams }: Props) {
  const raw = await params;
  const directoryId = routeId(raw.directoryId, 'directory');
  const userId = routeId(raw.userId, 'directory_user');
  const search = await searchParams;
  const list = parseListParams(search);
  const activityAfter = parseEventCursor(search, 'activity_after');
  // All reads start together; the groups and activity tables stream in when their pages arrive.
  const groups = startLoad(listDirectoryGroups({ ...list, directoryId, userId }));
  const activity = loadDirectoryActivity({ directoryId, userId }, activityAfter);
  const [directory, user] = await Promise.all([load(getDirectory(directoryId)), load(getDirectoryUser(directoryId, userId))]);
  const pathname = `/directories/${directoryId}/users/${userId}`;
  if (!directory.ok || !user.ok) {
    return <ApiFailureView failure={firstFailure(directory, user)!} retryHref={pathname} startOverHref="/directories" />;
  }
  const profile = user.value;
  const name = userDisplayName(profile);
  const emails = userEmails(profile);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Directories', href: '/directories' },
          { label: directory.value.name, href: `/directories/${directoryId}/users` },
          { label: 'Users', href: `/directories/${directoryId}/users` },
          { label: name },
        ]}
      />
      <header className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{name}</h1>
        <UserStateBadge state={profile.state} />
      </header>
      <Details
        items={[
          { label: 'User id', value: <CopyableId value={profile.id} label="user id" /> },
          { label: 'IdP id', value: <CopyableId value={profile.idpId} label="IdP id" /> },
          { label: 'First name', value: profile.firstName },
          { label: 'Last name', value: profile.lastName },
          { label: 'Username', value: usernameOf(profile) },
          { label: 'Job title', value: jobTitleOf(profile) },
          { label: 'Role', value: profile.role?.slug },
          { label: 'Roles', value: profile.roles.length ? <span className="flex flex-wrap gap-1">{profile.roles.map((role) => <Badge key={role.slug} tone="gray">{role.slug}</Badge>)}</span> : null },
          { label: 'Created', value: <time dateTime={profile.createdAt}>{formatDateTime(profile.createdAt)}</time> },
          { label: 'Updated', value: <time dateTime={profile.updatedAt}>{formatDateTime(profile.updatedAt)}</time> },
        ]}
      />
      <Section title="Emails">
        {emails.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">The directory provider sent no email for this user.</p>
        ) : (
          <ul className="space-y-1 text-sm" aria-label="Emails">
            {emails.map((email) => (
              <li key={email.value} className="flex items-center gap-2">
                <span>{email.value}</span>
                {email.type && <span className="text-zinc-600 dark:text-zinc-400">({email.type})</span>}
                {email.primary && <Badge tone="blue">Primary</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Custom attributes">
        <AttributeList attributes={profile.customAttributes} empty="No custom attributes are mapped for this user." />
      </Section>
      <Section title="Groups">
        <Suspense fallback={<TableSkeleton rows={3} columns={3} />}>
          <UserGroups groups={groups} directoryId={directoryId} pathname={pathname} query={listParamsToQuery(list)} />
        </Suspense>
      </Section>
      <Section title="Activity">
        <Suspense fallback={<TableSkeleton rows={3} columns={4} />}>
          <Timeline activity={activity} pathname={pathname} query={{ ...listParamsToQuery(list), activity_after: activityAfter }} subject="user" />
        </Suspense>
      </Section>
      <Section title="Raw attributes">
        <JsonBlock value={profile.rawAttributes} label="Raw attributes" />
      </Section>
    </>
  );
}

async function UserGroups({ groups, directoryId, pathname, query }: { directoryId: string; groups: Promise<Loaded<Page<DirectoryGroup>>>; pathname: string; query: Record<string, string | undefined> }) {
  return (
    <PagedList page={await groups} pathname={pathname} query={query} directoryId={directoryId} label="Group pages">
      {(rows) => <GroupsTable caption="Groups of this user" rows={rows} empty="This user is not in any group." />}
    </PagedList>
  );
}
