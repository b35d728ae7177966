/**
 * The one import path for test helpers: `import { … } from '<relative>/helpers/index.js'`.
 * (test/helpers.ts and test/gates/widgets.ts re-export these for files written before.)
 */
export * from './browser.js';
export * from './console.js';
export * from './dom.js';
export * from './lists.js';
export * from './render.js';
export * from './wait.js';
