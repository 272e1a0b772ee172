/**
 * The typed-name check of the delete confirm step, shared by the dialog (to enable its button) and
 * the server action (which re-checks against the directory it fetched itself). Exact and
 * case-sensitive; only surrounding whitespace is forgiven.
 */
export function confirmationMatches(typed: string, directoryName: string): boolean {
  return typed.trim() === directoryName.trim() && directoryName.trim() !== '';
}
