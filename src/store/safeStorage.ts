import type { PersistStorage, StorageValue } from 'zustand/middleware';

/**
 * localStorage for zustand's persist that never loses what it cannot read: unreadable JSON, a foreign shape
 * or a version newer than this code is copied to a backup key before persist can write over it, and no
 * storage error escapes into an action. (Issue 5 builds the full restore, notices and migrations on this.)
 */
export function safeStorage<S>(currentVersion: number, storage: () => Storage = () => localStorage): PersistStorage<S> {
  const backup = (name: string, raw: string) => {
    try {
      storage().setItem(`${name}:backup:${Date.now()}`, raw);
    } catch {
      // Nowhere to put the copy; the original stays untouched until the next successful write.
    }
  };
  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = storage().getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw) as unknown;
        if (typeof value === 'object' && value !== null && 'state' in value && typeof value.state === 'object' && value.state !== null) {
          const version = 'version' in value && typeof value.version === 'number' ? value.version : 0;
          if (version <= currentVersion) return value as StorageValue<S>;
        }
      } catch {
        // unreadable: fall through to the backup
      }
      backup(name, raw);
      return null;
    },
    setItem(name, value) {
      try {
        storage().setItem(name, JSON.stringify(value));
      } catch {
        // Full or switched off: the change stays in memory. (Issue 5 tells the person.)
      }
    },
    removeItem(name) {
      try {
        storage().removeItem(name);
      } catch {
        // ignore
      }
    },
  };
}
