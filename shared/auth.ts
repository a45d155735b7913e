// Who calls, and what they may do. Today one DPO works alone on an encrypted file, so every call
// carries the single-user principal with the `dpo` role. The same contract is meant to run one day
// in a team server (one tenant per legal entity, several users, four-eyes approval), so each
// operation already declares the permission it needs and dispatch already checks it: adding
// roles then changes this table, not every operation.

export const PERMISSIONS = [
  /** Status, unlock, first run: needed before anyone is known. */
  'app.use',
  'vault.manage',
  'settings.read',
  'settings.write',
  'audit.read',
  'backup.manage',
  /** A plaintext copy of everything leaves the encrypted database. */
  'data.export',
  'store.check',
  'request.read',
  'request.write',
  'disclosure.read',
  'disclosure.write',
  'processing.read',
  'processing.write',
  /** Pseudonymises expired personal data: irreversible, so its own permission. */
  'retention.purge',
  'policy.read',
  'policy.write',
  /** Score a policy text without storing it (works while locked). */
  'policy.check',
  'deadline.compute',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['dpo'] as const;
export type Role = (typeof ROLES)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // The DPO of a single-user workbench may do everything the workbench can do.
  dpo: PERMISSIONS,
};

export interface Principal {
  /** Recorded as the actor of every audit event (e.g. "dpo@desktop", "cli:alice"). */
  userId: string;
  /** The legal entity whose data this is; one per workbench file today. */
  tenantId: string;
  roles: readonly Role[];
}

export const LOCAL_TENANT = 'local';

/** The single-user principal of a desktop, browser-mode or CLI call. */
export function localUser(userId: string): Principal {
  return { userId, tenantId: LOCAL_TENANT, roles: ['dpo'] };
}

export function can(principal: Principal, permission: Permission): boolean {
  return principal.roles.some((r) => ROLE_PERMISSIONS[r]?.includes(permission));
}
