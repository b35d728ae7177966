import type { HostContact, IndicatorsChangeDetail } from 'menneskehandel-widgets';

/** A kommune's own contact, typed with the package's HostContact. */
export const LOCAL: HostContact[] = [{ id: 'vik-barnevernvakt', name: 'Vik kommune: barnevernvakt (consumer test)', category: 'public', web: [{ address: 'example.org' }] }];

/** Ticks reported by the checklist's mh-indicators-change, through a Vue @ listener. */
export const events: IndicatorsChangeDetail[] = [];

let markReady: (result: { events: () => IndicatorsChangeDetail[] }) => void = () => {};
export const ready = new Promise<{ events: () => IndicatorsChangeDetail[] }>((resolve) => (markReady = resolve));
export const setReady = () => markReady({ events: () => events });
