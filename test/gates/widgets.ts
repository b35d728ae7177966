/**
 * Every widget and its named states, for the release gates, with the sources defined. A widget
 * missing here is caught by the coverage test in a11y.test.ts: it compares this table with the
 * tags src/index.ts registers. The DOM and render helpers live in test/helpers/ (re-exported
 * here for the files that import them from this module).
 */
import '../../src/index.js';
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
