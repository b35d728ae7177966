/**
 * What the browser under test can do. Firefox runs over WebDriver BiDi, which has no media
 * emulation: asking for it there makes Puppeteer print a CDP stack trace in the runner's output,
 * so the helpers below never ask, and the tests check in Chromium what needs emulation.
 */
import { emulateMedia } from '@web/test-runner-commands';

export const isChromium = navigator.userAgent.includes('Chrome/');

/**
 * Emulates print media (or screen again) where the driver can (Chromium); returns whether
 * `print` matches now. In Chromium it must work, so a failure there is thrown, not skipped.
 */
export async function emulatePrint(on: boolean): Promise<boolean> {
  if (!isChromium) return false;
  await emulateMedia({ media: on ? 'print' : 'screen' });
  const matches = matchMedia('print').matches;
  if (matches !== on) throw new Error(`print media emulation ${on ? 'on' : 'off'} did not take effect`);
  return matches;
}

/** Emulates `prefers-reduced-motion` where the driver can (Chromium); returns whether it did. */
export async function emulateReducedMotion(reduce: boolean): Promise<boolean> {
  if (!isChromium) return false;
  await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
  return true;
}
