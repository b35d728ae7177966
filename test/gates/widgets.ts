/**
 * Every widget and its named states, for the release gates. A widget missing here is caught by
 * the registry (src/widgets.json) via example-registry.ts; a11y.test.ts checks the entry defines each.
 */
import '../../index.js';
import type { WidgetExample } from '../../src/examples.js';
import { EXAMPLE_REGISTRY } from './example-registry.js';

export { deepActiveElement, deepElements, describe_, expectedTabStops, isRendered, renderGateExample, settled, stubQuickExits } from '../helpers/index.js';

export interface GateWidget {
  tag: string;
  examples: WidgetExample[];
}

/** The same table as the gates on the built bundle use (example-registry.ts), with the sources defined. */
export const WIDGETS: GateWidget[] = EXAMPLE_REGISTRY;

export const isChromium = navigator.userAgent.includes('Chrome/');
