/** Console capture: the widgets report bad input with one console.warn (and notices with console.info). */

async function capture(method: 'warn' | 'info', run: () => unknown): Promise<string[]> {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return messages;
}

/** Captures console.warn calls while `run` executes. */
export function captureWarnings(run: () => unknown): Promise<string[]> {
  return capture('warn', run);
}

/** Captures console.info calls while `run` executes. */
export function captureInfo(run: () => unknown): Promise<string[]> {
  return capture('info', run);
}
