/** The document lock around a command that writes: every command waits the same time for it. */
import { gas } from "./types";

/** How long a command waits for another execution's lock before saying "busy". */
export const LOCK_WAIT_MS = 1000;

/**
 * Runs `work` holding the document lock, or returns `busy()` when another execution holds it.
 * Pending writes are flushed before the lock is released (Google: "call SpreadsheetApp.flush()
 * before releasing the lock"), so the next holder reads what this one wrote.
 */
export function withDocumentLock<T>(work: () => T, busy: () => T): T {
  const { LockService, SpreadsheetApp } = gas();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
