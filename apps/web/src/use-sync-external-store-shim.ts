// wouter imports use-sync-external-store's shim for React 17; React 19 has the hook built in.
// vite.config.mts points the shim here so the shell does not carry a copy of it.
export { useSyncExternalStore } from 'react';
