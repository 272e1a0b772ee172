import { redirect } from 'next/navigation';
import { routeId } from '@/lib/route-ids';

/** A directory opens on its Users tab. */
export default async function DirectoryPage({ params }: { params: Promise<{ directoryId: string }> }) {
  const directoryId = routeId((await params).directoryId, 'directory');
  redirect(`/directories/${directoryId}/users`);
}
