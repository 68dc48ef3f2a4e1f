/**
 * Gives the main thread back to the browser (input, painting) and resumes in a task of its own:
 * `scheduler.yield()` where the browser has it (it resumes ahead of other queued work), else a
 * zero timeout.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
