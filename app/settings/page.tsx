import { redirect } from 'next/navigation';

/** Connection is the only settings page so far. */
export default function SettingsPage() {
  redirect('/settings/connection');
}
