export * from './pendingChanges';
export * from './versionSnapshot';
export * from './audienceVersions';
export * from './whatChanged';
