// Serves the repository so demo/index.html can load cdn/ exactly as a web editor's page would,
// plus the routes of scripts/demo-routes.js: the snippet builder's prerender endpoint and the
// prerendered and static copies of the demo page.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import { demoRoutes } from './demo-routes.js';

/** The first free port from `start`, so a second checkout or a running bench does not block the demo. */
async function freePort(start) {
  for (let port = start; port < start + 50; port += 1) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${start} and ${start + 49}`);
}

const port = await freePort(Number(process.env.PORT ?? 8000));
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false, watch: false, middleware: [demoRoutes] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo: http://127.0.0.1:${port}/demo/  (Ctrl+C to stop)`);
console.log(`Lag widget (snippet builder): http://127.0.0.1:${port}/demo/builder/`);
console.log(`Prerendered demo: http://127.0.0.1:${port}/demo/prerendered.html`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
