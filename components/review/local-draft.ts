/**
 * Unsaved work kept in this browser (localStorage), so a failed request or a reload loses nothing. Storage can be
 * full or disabled; then drafts are simply not kept.
 */
export const localDraft = {
  load<T>(key: string): T | null {
    try {
      const raw = window.localStorage.getItem(`claimwise:${key}`);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  },
  save(key: string, value: unknown): void {
    try {
      window.localStorage.setItem(`claimwise:${key}`, JSON.stringify(value));
    } catch {
      // Not kept: the save status still tells the user whether the server has it.
    }
  },
  clear(key: string): void {
    try {
      window.localStorage.removeItem(`claimwise:${key}`);
    } catch {
      // Nothing to clear.
    }
  },
};
