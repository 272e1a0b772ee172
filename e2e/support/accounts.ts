/** The emulator's demo accounts (emulator/authkit-accounts.ts) and where each one's signed-in browser state is kept. */
export const ADMIN = { name: 'Alex Morgan', email: 'admin@example.com', storageState: '.e2e-data/admin.json' };
export const VIEWER = { name: 'Sam Rivera', email: 'viewer@example.com', storageState: '.e2e-data/viewer.json' };
