/** Waiting for things the tests cannot await directly (frames loading, hash changes, timers). */

/**
 * Polls `condition` until it holds; throws `${what}: not within ${timeout} ms` otherwise (with
 * the last error if the condition threw, e.g. while a frame navigates). Returns as soon as it
 * holds, so a generous limit costs nothing on a fast machine.
 */
export async function waitFor(condition: () => boolean, what = 'condition', timeout = 5000, interval = 10): Promise<void> {
  const start = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      if (condition()) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - start > timeout) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`${what}: not within ${timeout} ms${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Resolves after the next animation frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
