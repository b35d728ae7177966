// Where the build records the nb content each output chunk carries (rollup.config.js), for
// `npm run size` to compute each output's floor. Outside dist/, so it never ships.
export const CONTENT_FLOOR_DIR = 'node_modules/.cache/menneskehandel-widgets';
