export * from './pendingChanges';
export * from './versionSnapshot';
