import type { Lang } from '../../src/locale.js';

const nb = {
  button: 'Forlat siden raskt',
  remaining: (presses: number) =>
    presses === 1 ? 'Trykk Shift 1 gang til for å forlate siden' : `Trykk Shift ${presses} ganger til for å forlate siden`,
  help:
    'Knappen skjuler siden og åpner en annen nettside. Du kan også trykke Shift tre ganger. Nettleserhistorikken blir ikke slettet. I et privat vindu (inkognito) blir historikken ikke lagret når du lukker vinduet.',
  badHref: (value: string, fallback: string) =>
    `Ugyldig adresse «${value}» for hurtigutgangen. Bruk en https:-adresse eller en sti på samme nettsted (/…). Bruker ${fallback}.`,
  badPosition: (value: string) => `Ukjent plassering «${value}». Gyldig verdi: sticky-top.`,
};
export type QuickExitStrings = typeof nb;

const nn: QuickExitStrings = {
  button: 'Forlat sida raskt',
  remaining: (presses) =>
    presses === 1 ? 'Trykk Shift 1 gong til for å forlate sida' : `Trykk Shift ${presses} gonger til for å forlate sida`,
  help:
    'Knappen skjuler sida og opnar ei anna nettside. Du kan òg trykkje Shift tre gonger. Nettlesarhistorikken blir ikkje sletta. I eit privat vindauge (inkognito) blir ikkje historikken lagra når du lèt att vindauget.',
  badHref: (value, fallback) =>
    `Ugyldig adresse «${value}» for hurtigutgangen. Bruk ei https:-adresse eller ein sti på same nettstad (/…). Brukar ${fallback}.`,
  badPosition: (value) => `Ukjend plassering «${value}». Gyldig verdi: sticky-top.`,
};

const en: QuickExitStrings = {
  button: 'Leave this page quickly',
  remaining: (presses) =>
    presses === 1 ? 'Press Shift 1 more time to leave the page' : `Press Shift ${presses} more times to leave the page`,
  help:
    'The button hides this page and opens another website. You can also press Shift three times. It does not erase your browser history. In a private (incognito) window, history is not kept once you close the window.',
  badHref: (value, fallback) =>
    `Invalid address "${value}" for the quick exit. Use an https: address or a path on this site (/…). Using ${fallback}.`,
  badPosition: (value) => `Unknown position "${value}". Valid value: sticky-top.`,
};

export const strings: Record<Lang, QuickExitStrings> = { nb, nn, en };
