import type { ReactNode } from 'react';
import { ApiFailureView } from '@/components/api-failure';
import { DirectoryStateBadge } from '@/components/badges';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CopyableId } from '@/components/copy-button';
import { DeleteDirectoryDialog } from '@/components/delete-directory-dialog';
import { Details } from '@/components/details';
import { DirectoryType } from '@/components/directory-type';
import { TabNav } from '@/components/tab-nav';
import { UserStateChart } from '@/components/user-state-chart';
import { formatDateTime } from '@/lib/format';
import { load } from '@/lib/load';
import { requireSession } from '@/lib/session';
import { routeId } from '@/lib/route-ids';
import { getDirectory } from '@/lib/workos';

/** The directory header and its tabs; awaited before streaming so an unknown directory is a real 404. */
export default async function DirectoryTabsLayout({ params, children }: { params: Promise<{ directoryId: string }>; children: ReactNode }) {
  const directoryId = routeId((await params).directoryId, 'directory');
  const [actor, loaded] = await Promise.all([requireSession(), load(getDirectory(directoryId))]);
  if (!loaded.ok) {
    return <ApiFailureView failure={loaded.failure} retryHref={`/directories/${directoryId}/users`} startOverHref="/directories" />;
  }
  const directory = loaded.value;
  const base = `/directories/${directory.id}`;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Directories', href: '/directories' }, { label: directory.name }]} />
      <header className="mb-6">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{directory.name}</h1>
          <DirectoryStateBadge state={directory.state} />
          <div className="ml-auto">
            {actor.role === 'admin' && <DeleteDirectoryDialog directory={directory} />}
          </div>
        </div>
        <div className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          <DirectoryType type={directory.type} />
        </div>
        <div className="mt-4 grid gap-6 lg:grid-cols-[2fr_1fr]">
          <Details
            items={[
              { label: 'Directory id', value: <CopyableId value={directory.id} label="directory id" /> },
              { label: 'Organization', value: directory.organizationId ? <CopyableId value={directory.organizationId} label="organization id" /> : null },
              { label: 'External key', value: <CopyableId value={directory.externalKey} label="external key" /> },
              { label: 'Domain', value: directory.domain },
              { label: 'Created', value: <time dateTime={directory.createdAt}>{formatDateTime(directory.createdAt)}</time> },
              { label: 'Updated', value: <time dateTime={directory.updatedAt}>{formatDateTime(directory.updatedAt)}</time> },
            ]}
          />
          <UserStateChart directory={directory} />
        </div>
      </header>
      <TabNav
        label="Directory sections"
        tabs={[
          { label: 'Users', href: `${base}/users` },
          { label: 'Groups', href: `${base}/groups` },
          { label: 'Activity', href: `${base}/activity` },
        ]}
      />
      {children}
    </>
  );
}
