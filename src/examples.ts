/**
 * One named state of a widget. Each widget's `examples.ts` lists its states once; stories, the
 * accessibility tests and the docs are built from that list, so a new state is documented,
 * tested and visible at once.
 */
export interface WidgetExample {
  /** Short name, also the story name ("Minor, all forms"). */
  name: string;
  /** One sentence on what the state shows and when a host would use it. */
  description: string;
  /** The markup a web editor would paste (no script other than JSON data blocks). */
  markup: string;
  /** Optional property set-up for states that need rich data (called with the widget element). */
  setup?: (element: HTMLElement) => void | Promise<void>;
}

/**
 * What the render benchmark (bench/widgets.js) measures for a widget, when not its first example
 * once: `export const bench: WidgetBench = { example: 'Minor, all forms' }` in its examples.ts.
 */
export interface WidgetBench {
  /** The `name` of the example to render. */
  example: string;
  /** How many copies render at once (for widgets that render near the browser's timer step). Default 1. */
  copies?: number;
}
