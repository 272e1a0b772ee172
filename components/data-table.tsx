'use client';
/**
 * The one table of the product: server-driven (each page of rows comes from the API via the URL),
 * so TanStack only shapes columns and cells here; paging lives in components/pagination.tsx.
 */
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { ColumnDef, RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';

export const dataTableFeatures = tableFeatures({});
export type DataTableFeatures = typeof dataTableFeatures;

/** Column helper bound to the table's features, for column files beside each route. */
export function columnHelperFor<Row extends RowData>() {
  return createColumnHelper<DataTableFeatures, Row>();
}

export interface DataTableProps<Row extends RowData> {
  columns: ColumnDef<DataTableFeatures, Row, any>[];
  rows: Row[];
  getRowId: (row: Row) => string;
  /** Read by screen readers; also names the table for tests. */
  caption: string;
  empty: ReactNode;
}

export function DataTable<Row extends RowData>({ columns, rows, getRowId, caption, empty }: DataTableProps<Row>) {
  const table = useTable({ features: dataTableFeatures, columns, data: rows, getRowId: (row) => getRowId(row) });

  if (rows.length === 0) {
    return <div className="rounded-lg border border-dashed border-zinc-300 px-6 py-12 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">{empty}</div>;
  }

  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap text-zinc-600 dark:text-zinc-300">
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800/70">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-row-id={row.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-900/60">
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="px-3 py-2 align-middle whitespace-nowrap">
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
