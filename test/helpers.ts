/** Kept for files that import `./helpers.js`: the helpers live in test/helpers/ (index.ts). */
export * from './helpers/index.js';
