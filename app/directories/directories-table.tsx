'use client';
import Link from 'next/link';
import { DirectoryStateBadge } from '@/components/badges';
import { DataTable, columnHelperFor } from '@/components/data-table';
import { DeleteDirectoryDialog } from '@/components/delete-directory-dialog';
import { DirectoryType } from '@/components/directory-type';
import { formatCount, formatDate } from '@/lib/format';
import type { Directory } from '@/lib/types';

const column = columnHelperFor<Directory>();

const columns = column.columns([
  column.accessor('name', {
    header: 'Name',
    cell: ({ row }) => (
      <Link href={`/directories/${row.original.id}/users`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor('type', { header: 'Type', cell: ({ getValue }) => <DirectoryType type={getValue()} /> }),
  column.accessor('state', { header: 'State', cell: ({ getValue }) => <DirectoryStateBadge state={getValue()} /> }),
  column.accessor('organizationId', {
    header: 'Organization',
    cell: ({ getValue }) => {
      const organizationId = getValue();
      return organizationId ? (
        <Link href={`/directories?organization=${organizationId}`} className="font-mono text-xs hover:underline" title="Show only this organization's directories">
          {organizationId}
        </Link>
      ) : (
        '—'
      );
    },
  }),
  column.accessor('domain', { header: 'Domain', cell: ({ getValue }) => getValue() ?? '—' }),
  column.accessor('userCounts', {
    header: 'Users',
    cell: ({ getValue }) => {
      const counts = getValue();
      return counts ? (
        <span title={`${formatCount(counts.active)} active, ${formatCount(counts.inactive)} inactive`}>{formatCount(counts.active + counts.inactive)}</span>
      ) : (
        '—'
      );
    },
  }),
  column.accessor('groupCount', { header: 'Groups', cell: ({ getValue }) => { const count = getValue(); return count === null ? '—' : formatCount(count); } }),
  column.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => <time dateTime={getValue()}>{formatDate(getValue())}</time> }),
]);

/** Admins also get a row action; viewers never see a delete control. */
const columnsWithActions = column.columns([
  ...columns,
  column.display({ id: 'actions', header: () => <span className="sr-only">Actions</span>, cell: ({ row }) => <DeleteDirectoryDialog directory={row.original} compact /> }),
]);

export function DirectoriesTable({ rows, empty, canDelete }: { rows: Directory[]; empty: string; canDelete: boolean }) {
  return <DataTable caption="Directories" columns={canDelete ? columnsWithActions : columns} rows={rows} getRowId={(row) => row.id} empty={empty} />;
}
