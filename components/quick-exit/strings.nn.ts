import type { QuickExitStrings } from './strings.js';

export const nn: QuickExitStrings = {
  button: 'Forlat sida raskt',
  remaining: (presses) =>
    presses === 1 ? 'Trykk Shift 1 gong til for å forlate sida' : `Trykk Shift ${presses} gonger til for å forlate sida`,
  helpSummary: 'Slik verkar knappen',
  helpWhat: 'Knappen skjuler sida og opnar ei anna nettside.',
  /** The button's accessible description and part of the help text (left out with `no-shortcut`). */
  shortcut: 'Du kan òg trykkje Shift tre gonger.',
  helpHistory:
    'Nettlesarhistorikken blir ikkje sletta. I eit privat vindauge (inkognito) blir ikkje historikken lagra når du lèt att vindauget.',
};
