import { localStrings } from '../../src/strings.js';

const nb = {
  button: 'Forlat siden raskt',
  remaining: (presses: number) =>
    presses === 1 ? 'Trykk Shift 1 gang til for å forlate siden' : `Trykk Shift ${presses} ganger til for å forlate siden`,
  helpSummary: 'Slik virker knappen',
  helpWhat: 'Knappen skjuler siden og åpner en annen nettside.',
  /** The button's accessible description and part of the help text (left out with `no-shortcut`). */
  shortcut: 'Du kan også trykke Shift tre ganger.',
  helpHistory:
    'Nettleserhistorikken blir ikke slettet. I et privat vindu (inkognito) blir historikken ikke lagret når du lukker vinduet.',
};
export type QuickExitStrings = typeof nb;

export const strings = localStrings('quick-exit', nb, { nn: () => import('./strings.nn.js'), en: () => import('./strings.en.js') });
