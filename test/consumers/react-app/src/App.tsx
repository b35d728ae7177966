import { useEffect, useRef, useState } from 'react';
import type { HostContact, IndicatorsChangeDetail } from 'menneskehandel-widgets';
import type { MhContactList } from 'menneskehandel-widgets/components/contact-list.js';

/** A kommune's own contact, typed with the package's HostContact. */
export const LOCAL: HostContact[] = [
  { id: 'vik-barnevernvakt', name: 'Vik kommune: barnevernvakt (consumer test)', category: 'public', web: [{ address: 'example.org' }] },
];

export interface ConsumerResult {
  /** Ticks reported by the checklist's mh-indicators-change, through a React event prop. */
  events: () => IndicatorsChangeDetail[];
}

export function App({ onReady }: { onReady: (result: ConsumerResult) => void }) {
  const events = useRef<IndicatorsChangeDetail[]>([]);
  const [listLoaded, setListLoaded] = useState(false);
  // <mh-contact-list> is not defined yet: a property set on the instance now must survive the upgrade.
  const early = useRef<MhContactList>(null);

  useEffect(() => {
    if (early.current) early.current.contacts = LOCAL;
    void import('menneskehandel-widgets/components/contact-list.js').then(() => setListLoaded(true));
  }, []);

  useEffect(() => {
    if (listLoaded) onReady({ events: () => events.current });
  }, [listLoaded, onReady]);

  return (
    <main>
      <mh-contact-card id="rosa" contact="rosa" heading-level={2} />
      <mh-indicator-checklist
        id="checklist"
        audience="adult"
        onmh-indicators-change={(event) => {
          events.current.push(event.detail);
        }}
      />
      {/* Rendered before its module loads: React 19 sets an object as the attribute "[object Object]". */}
      <mh-contact-list id="attribute-fallback" ids="rosa" contacts={LOCAL} />
      <mh-contact-list id="before-define" ids="rosa vik-barnevernvakt" ref={early} />
      {listLoaded && <mh-contact-list id="after-define" ids="rosa vik-barnevernvakt" contacts={LOCAL} />}
    </main>
  );
}

// The typings are checked, not only present: each line below must be a type error.
export function Misuse() {
  return (
    <>
      {/* @ts-expect-error `contact` is a string id, not a number */}
      <mh-contact-card contact={42} />
      {/* @ts-expect-error a HostContact needs a name */}
      <mh-contact-list contacts={[{ id: 'no-name' }]} />
      {/* @ts-expect-error the detail of mh-indicators-change has no `nope` */}
      <mh-indicator-checklist onmh-indicators-change={(event) => event.detail.nope} />
      {/* @ts-expect-error mh-contact-call's detail.number is a string */}
      <mh-contact-card onmh-contact-call={(event) => event.detail.number.toFixed()} />
    </>
  );
}
