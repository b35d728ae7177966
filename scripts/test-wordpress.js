// `npm run test:wordpress` (after `npm run build:wordpress`): the plugin's zip in a real WordPress.
// Debian's `wordpress` (6.1), `mariadb-server` and `php` are installed when missing (apt, as root).
// Everything runs from one scratch folder on 127.0.0.1 only: MariaDB on a socket (no TCP port),
// PHP's built-in server on a free port, a copy of /usr/share/wordpress with its own wp-config.php.
// The site is installed from a PHP CLI script (Debian has no wp-cli), the zip is unpacked into it,
// then headless Chromium:
//   1. a page without widgets does not load the script;
//   2. an administrator saves local contacts on the settings page (an invalid list first: refused
//      with the problem listed, nothing stored) and turns on the site-wide quick exit;
//   3. an Author (no unfiltered_html: KSES runs) publishes a post through the REST API with the
//      block editor's nonce: shortcodes and raw mh-* tags survive, an unknown attribute, an event
//      handler and a JSON <script> do not, and the problems are stored for the editor;
//   4. a visitor opens the post: every widget renders, ROSA's number is a tel: link, the local
//      contacts are listed, the quick exit is first in <body> and Shift×3 leaves (Back does not
//      return), no console error, no request to another origin, no PHP notice from the plugin.
// Every process it started is stopped on exit (also on Ctrl-C or a failure).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { findBrowsers, launchOptions } from './browsers.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const zipFile = join(repo, 'integrations/wordpress/build/menneskehandel-widgets.zip');
const WORDPRESS = '/usr/share/wordpress';
const failures = [];
const check = (ok, message, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}${!ok && detail ? `\n     ${detail}` : ''}`);
  if (!ok) failures.push(message);
};

if (!existsSync(zipFile)) {
  console.error('test:wordpress: run `npm run build:wordpress` first.');
  process.exit(1);
}

// --- 0. Packages -------------------------------------------------------------------------------
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const findMariadbd = () => ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path));
const phpHasMysqli = () => has('php') && spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout.split('\n').includes('mysqli');
if (!existsSync(`${WORDPRESS}/wp-settings.php`) || !findMariadbd() || !has('mariadb-install-db') || !phpHasMysqli()) {
  if (process.getuid?.() !== 0) {
    console.error('test:wordpress: needs Debian packages wordpress mariadb-server php php-mysql php-cli; install them (apt-get, as root) or run this as root.');
    process.exit(1);
  }
  console.log('Installing wordpress, mariadb-server and php from Debian (a few minutes)');
  // Do not let the packages start system services: this test starts its own, on a socket.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'wordpress', 'mariadb-server', 'php', 'php-mysql', 'php-cli'], { stdio: 'inherit', env });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}
const mariadbd = findMariadbd();

// --- Processes we start, and their clean-up ----------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'mh-wordpress-'));
const children = [];
let cleaned = false;
/** Signals a child and its own children (php -S with PHP_CLI_SERVER_WORKERS forks workers). */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
const running = (child) => child.exitCode === null && child.signalCode === null;
/** Stops every process this script started (MariaDB flushes on SIGTERM: wait for it), then removes the scratch folder. */
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const child of [...children].reverse()) {
    if (!running(child)) continue;
    signalGroup(child, 'SIGTERM');
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(20_000)]);
    if (running(child)) signalGroup(child, 'SIGKILL');
  }
  // Workers forked by php -S may outlive their parent for a moment.
  for (const child of children) signalGroup(child, 'SIGKILL');
  if (!process.env.MH_KEEP_WORDPRESS) rmSync(work, { recursive: true, force: true });
  else console.log(`(kept ${work})`);
}
// Last resort if the process exits without cleanUp() (an uncaught error): nothing keeps running.
process.on('exit', () => {
  for (const child of children) signalGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    void cleanUp().then(() => process.exit(130));
  });
}
const start = (command, args, name, options = {}) => {
  // Its own process group, so stopping it stops whatever it forked.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.output = () => output;
  child.label = name;
  children.push(child);
  return child;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(test, what, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await test()) return;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Unpacks a zip (deflate or stored entries) into a folder. */
function unzip(file, into) {
  const data = readFileSync(file);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30);
    const comment = data.readUInt16LE(at + 32);
    const offset = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (name.endsWith('/')) continue;
    if (name.split('/').includes('..')) throw new Error(`zip entry outside its folder: ${name}`);
    const start = offset + 30 + data.readUInt16LE(offset + 26) + data.readUInt16LE(offset + 28);
    const packed = data.subarray(start, start + size);
    mkdirSync(dirname(join(into, name)), { recursive: true });
    writeFileSync(join(into, name), method === 8 ? inflateRawSync(packed) : packed);
  }
}

async function main() {
  // --- 1. MariaDB on a socket in the scratch folder -------------------------------------------
  const datadir = join(work, 'db');
  const socket = join(work, 'mysql.sock');
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? ['--user=root'] : [];
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=socket', '--skip-test-db', ...user], { stdio: 'pipe' });
  const db = start(mariadbd, ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(work, 'mariadb.pid')}`, '--skip-log-bin', ...user], 'mariadbd');
  await waitFor(() => existsSync(socket), 'MariaDB to start');
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', process.env.USER && !asRoot ? process.env.USER : 'root', '-e',
    "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);
  check(db.exitCode === null, 'MariaDB runs on a socket, no TCP port (--skip-networking)');

  // --- 2. A copy of Debian's WordPress with its own configuration ------------------------------
  const site = join(work, 'site');
  cpSync(WORDPRESS, site, {
    recursive: true,
    dereference: false,
    // Only the bokmål translations (the admin screens are checked in nb); Debian's wp-config.php is replaced.
    filter: (path) => !/\/wp-content\/languages\/.+/.test(path) || /nb_NO/.test(path),
  });
  rmSync(join(site, '.htaccess'), { force: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const salt = () => [...crypto.getRandomValues(new Uint8Array(24))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  writeFileSync(
    join(site, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  unzip(zipFile, join(site, 'wp-content/plugins'));
  const pluginDir = join(site, 'wp-content/plugins/menneskehandel-widgets');
  const phpFiles = execFileSync('find', [pluginDir, '-name', '*.php'], { encoding: 'utf8' }).trim().split('\n');
  const lintErrors = phpFiles.map((file) => spawnSync('php', ['-l', file], { encoding: 'utf8' })).filter((run) => run.status !== 0).map((run) => run.stdout + run.stderr);
  check(lintErrors.length === 0, `php -l: the plugin's ${phpFiles.length} PHP files parse`, lintErrors.join('\n     '));
  check(existsSync(join(site, 'wp-content/plugins/menneskehandel-widgets/assets/menneskehandel-widgets.js')), 'the zip unpacks to wp-content/plugins/menneskehandel-widgets/ with the script-tag build');

  // --- 3. Install the site, the plugin and an Author from PHP (Debian has no wp-cli) -----------
  const passwords = { admin: salt(), author: salt() };
  const php = (code) => {
    const file = join(work, `cli-${Date.now()}.php`);
    writeFileSync(
      file,
      `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
// No mail from a test site.
function wp_mail() { return true; }
${code}`,
    );
    return execFileSync('php', [file], { cwd: site, encoding: 'utf8' });
  };
  const installed = JSON.parse(
    php(`define( 'WP_INSTALLING', true );
require '${site}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install( 'Testkommune', 'admin', 'admin@example.invalid', true, '', '${passwords.admin}', 'nb_NO' );
switch_theme( 'twentytwentythree' );
$activated = activate_plugin( 'menneskehandel-widgets/menneskehandel-widgets.php' );
$author = wp_insert_user( array( 'user_login' => 'forfatter', 'user_pass' => '${passwords.author}', 'user_email' => 'forfatter@example.invalid', 'role' => 'author' ) );
echo wp_json_encode( array( 'activated' => null === $activated, 'author' => $author, 'version' => get_bloginfo( 'version' ), 'theme' => get_stylesheet(), 'locale' => get_option( 'WPLANG' ), 'author_unfiltered' => user_can( $author, 'unfiltered_html' ) ) );`),
  );
  check(installed.activated, `plugin activated on WordPress ${installed.version} (theme ${installed.theme}, locale ${installed.locale})`);
  check(Number.isInteger(installed.author) && installed.author_unfiltered === false, 'an Author exists and may not post unfiltered HTML (KSES applies to them)');

  // --- 3b. The PHP check of local contacts agrees with the widgets' own zod check ----------------
  await compareValidators(php, site);

  // --- 4. PHP's built-in server on 127.0.0.1 ------------------------------------------------------
  const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', site], 'php -S', { cwd: site, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
  await waitFor(async () => {
    try {
      return (await fetch(`${origin}/wp-login.php`)).ok;
    } catch {
      return false;
    }
  }, 'the PHP server');
  check(server.exitCode === null, `PHP's built-in server runs on ${origin}`);

  // --- 5. The browser -----------------------------------------------------------------------------
  const { chromium } = findBrowsers();
  if (!chromium) throw new Error('no Chromium found (install Debian chromium or set CHROME_PATH)');
  const browser = await puppeteer.launch(launchOptions().chromium);
  try {
    await runBrowser(browser, origin, passwords, php, site);
  } finally {
    await browser.close().catch(() => {});
  }

  // --- 6. No PHP notice from the plugin -------------------------------------------------------------
  const log = existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8') : '';
  const ours = log.split('\n').filter((line) => /menneskehandel-widgets|PHP Fatal/.test(line));
  check(ours.length === 0, 'no PHP error, warning or notice from the plugin (WP_DEBUG_LOG)', ours.slice(0, 5).join('\n     '));
}

/**
 * The settings page checks local contacts in PHP against the JSON Schema generated from the zod
 * schema; the widgets check them with zod. Both must accept and refuse the same lists.
 */
async function compareValidators(php, site) {
  const guideIds = JSON.parse(readFileSync(join(repo, 'content/nb/contacts.json'), 'utf8')).contacts.map((contact) => contact.id);
  const ok = { id: 'lokal-kontakt', name: 'Lokal kontakt' };
  const weekly = { kind: 'weekly', days: [1, 2, 3, 4, 5], opens: '08:00', closes: '15:30' };
  const cases = {
    'a minimal contact': [ok],
    'an empty list': [],
    'the { "contacts": [...] } form': { contacts: [ok] },
    'every field': [{ ...ok, short: 'Lokal', description: 'Tekst.', category: 'public', audience: ['minors', 'adults'], needs: ['acute', 'health'], phones: [{ number: '12345678', label: 'Vakt', hours: weekly }, { number: '112', hours: { kind: 'always' } }, { number: '02800', hours: { kind: 'text', text: 'Etter avtale' } }], emails: ['post@kommune.invalid'], web: [{ address: 'kommune.invalid/hjelp', href: 'https://kommune.invalid/hjelp' }] }],
    'text with spaces around it (zod trims)': [{ ...ok, name: '  Lokal  ' }],
    'an id with a capital letter': [{ ...ok, id: 'Lokal' }],
    'an id ending in a hyphen': [{ ...ok, id: 'lokal-' }],
    'an id with a final newline (PCRE $ trap)': [{ ...ok, id: 'lokal\n' }],
    'an unknown field': [{ ...ok, phone: '12345678' }],
    'a missing name': [{ id: 'lokal' }],
    'an empty name': [{ ...ok, name: '' }],
    'a name over the length limit': [{ ...ok, name: 'x'.repeat(100_001) }],
    'a number with spaces': [{ ...ok, phones: [{ number: '22 33 11 60' }] }],
    'a number as a JSON number': [{ ...ok, phones: [{ number: 22331160 }] }],
    'a time outside the day': [{ ...ok, phones: [{ number: '12345678', hours: { ...weekly, opens: '24:00' } }] }],
    'no weekdays': [{ ...ok, phones: [{ number: '12345678', hours: { ...weekly, days: [] } }] }],
    'weekday 8': [{ ...ok, phones: [{ number: '12345678', hours: { ...weekly, days: [8] } }] }],
    'a fractional weekday': [{ ...ok, phones: [{ number: '12345678', hours: { ...weekly, days: [1.5] } }] }],
    'text hours without text': [{ ...ok, phones: [{ number: '12345678', hours: { kind: 'text' } }] }],
    'an unknown hours kind': [{ ...ok, phones: [{ number: '12345678', hours: { kind: 'sometimes' } }] }],
    'an http: link': [{ ...ok, web: [{ address: 'kommune.invalid', href: 'http://kommune.invalid' }] }],
    'a javascript: link': [{ ...ok, web: [{ address: 'kommune.invalid', href: 'javascript:alert(1)' }] }],
    'an address with its scheme': [{ ...ok, web: [{ address: 'https://kommune.invalid' }] }],
    'a malformed e-mail': [{ ...ok, emails: ['post at kommune'] }],
    'an unknown audience': [{ ...ok, audience: ['children'] }],
    'an unknown need': [{ ...ok, needs: ['food'] }],
    'an unknown category': [{ ...ok, category: 'local' }],
    'one of the guide\'s ids': [{ ...ok, id: 'rosa' }],
    'an id used twice': [ok, { ...ok, name: 'Igjen' }],
    'an object that is not a list': { id: 'lokal' },
  };
  const bundled = join(work, 'host-contacts.mjs');
  const { build } = await import('esbuild');
  await build({ entryPoints: [join(repo, 'src/content/host-contacts.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundled, logLevel: 'warning' });
  const { parseHostContacts } = await import(bundled);
  const casesFile = join(work, 'cases.json');
  writeFileSync(casesFile, JSON.stringify(Object.fromEntries(Object.entries(cases).map(([name, value]) => [name, JSON.stringify(value)]))));
  const verdicts = JSON.parse(
    php(`require '${site}/wp-load.php';
$out = array();
foreach ( json_decode( file_get_contents( '${casesFile}' ), true ) as $name => $text ) {
	$out[ $name ] = null !== MH_Widgets_Contacts::validate( $text )['contacts'];
}
echo wp_json_encode( $out );`),
  );
  const disagree = [];
  for (const [name, value] of Object.entries(cases)) {
    const zod = parseHostContacts(value, guideIds).problems.length === 0;
    if (zod !== verdicts[name]) disagree.push(`${name}: zod ${zod ? 'accepts' : 'refuses'}, PHP ${verdicts[name] ? 'accepts' : 'refuses'}`);
  }
  const accepted = Object.keys(cases).filter((name) => verdicts[name]).length;
  check(disagree.length === 0 && accepted === 5, `the settings page's PHP check and the widgets' zod check agree on ${Object.keys(cases).length} lists (${accepted} valid)`, disagree.join('\n     '));
}

/** MH_WORDPRESS_SCREENSHOTS=<folder>: PNGs of the settings page and the post at 360 and 1280 px, to look at. */
async function screenshot(page, name, widths = [1280], fullPage = true) {
  const folder = process.env.MH_WORDPRESS_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  for (const width of widths) {
    await page.setViewport({ width, height: 900 });
    await page.screenshot({ path: join(folder, `${name}-${width}.png`), fullPage });
  }
}

/** A fresh browser context (its own cookies) logged in as `user`. */
async function loginAs(browser, origin, user, password) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${origin}/wp-login.php`);
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  return { context, page };
}

async function runBrowser(browser, origin, passwords, php, site) {
  const rosa = JSON.parse(readFileSync(join(repo, 'content/nb/contacts.json'), 'utf8')).contacts.find((contact) => contact.id === 'rosa');
  const rosaTel = `tel:+47${rosa.phones[0].number}`;

  // 1. A page without widgets (the quick exit is still off) loads nothing of the plugin.
  {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${origin}/?p=1`, { waitUntil: 'networkidle0' });
    check(!requested.some((url) => url.includes('/menneskehandel-widgets/')), 'a post without widgets does not load the widgets script');
    await context.close();
  }

  // 2. Administrator: settings page (in bokmål: the site language is nb_NO).
  const admin = await loginAs(browser, origin, 'admin', passwords.admin);
  const settingsUrl = `${origin}/wp-admin/options-general.php?page=menneskehandel-widgets`;
  await admin.page.goto(settingsUrl);
  const heading = await admin.page.$eval('.wrap h2', (element) => element.textContent);
  check(heading === 'Hurtigutgang på alle sider', 'the settings page is in bokmål on an nb_NO site (the plugin\'s .mo loads)', `first h2: ${heading}`);
  const localContact = {
    id: 'barnevernvakt-testkommune',
    name: 'Barnevernvakten i Testkommune',
    description: 'Lokal kontakt lagt inn av testen.',
    audience: ['minors'],
    needs: ['acute'],
  };
  const save = async (contacts, extra = async () => {}) => {
    await admin.page.goto(settingsUrl);
    await admin.page.$eval('#mh-contacts', (element, value) => (element.value = value), contacts);
    await extra();
    await Promise.all([admin.page.waitForNavigation(), admin.page.click('#submit')]);
  };
  // An id with a space and a capital letter: the zod schema's Id refuses it, and so must the PHP check.
  await save(JSON.stringify([{ ...localContact, id: 'Ugyldig id' }]));
  const refused = await admin.page.$$eval('.notice-error, .error', (elements) => elements.map((element) => element.textContent.trim()).join(' | '));
  check(/Kontakt #1 \(«Ugyldig id»\), feltet «id»/.test(refused) && /ikke lagret/.test(refused), 'an invalid local contact is refused, naming the entry and field, and nothing is stored', refused);
  check((await admin.page.$eval('#mh-contacts', (element) => element.value)).includes('Ugyldig id'), 'the refused text is shown again for correction');
  await screenshot(admin.page, 'settings-refused', [360, 1280]);
  await save(JSON.stringify([localContact], null, 2), async () => {
    const enabled = await admin.page.$eval('input[name="mh_widgets_quick_exit[enabled]"]', (element) => element.checked);
    if (!enabled) await admin.page.click('input[name="mh_widgets_quick_exit[enabled]"]');
    // A same-site address, so leaving stays on this server (no request to another origin).
    await admin.page.$eval('#mh-quick-exit-href', (element) => (element.value = '/?s=v%C3%A6r'));
  });
  const saved = await admin.page.$eval('#mh-contacts', (element) => element.value);
  check(saved.includes(localContact.id) && !(await admin.page.$('.notice-error')), 'a valid local contact is saved', saved.slice(0, 200));
  // Control: an administrator (unfiltered_html, no KSES) keeps a list's own JSON block.
  const adminPost = await admin.page.evaluate(async (body) => {
    const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const response = await fetch('/?rest_route=/wp/v2/posts', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce }, body: JSON.stringify(body) });
    return (await response.json()).content?.raw ?? '';
  }, { title: 'Administrator', content: '<!-- wp:html -->\n<mh-contact-list><script type="application/json">[{"id":"egen-liste","name":"Egen liste"}]</script></mh-contact-list>\n<!-- /wp:html -->', status: 'draft' });
  check(adminPost.includes('<script type="application/json">[{"id":"egen-liste"'), 'an administrator\'s own JSON block in a contact list is kept (KSES does not run for them, nor does the plugin remove it)', adminPost.slice(0, 200));
  await admin.context.close();

  // 3. Author: publish through the REST API as the block editor does (cookie + nonce; KSES runs).
  const author = await loginAs(browser, origin, 'forfatter', passwords.author);
  await author.page.goto(`${origin}/wp-admin/`);
  const json = JSON.stringify([{ id: 'fra-forfatter', name: 'Skal ikke vises' }]);
  const content = [
    '<!-- wp:shortcode -->\n[mh_contact_card contact="rosa"]\n<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->\n[mh_contact_list need="acute" audience="minor" searchable bogus="1"]\n<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->\n[mh_myths heading_level="3"]\n<!-- /wp:shortcode -->',
    `<!-- wp:html -->\n<mh-contact-card contact="politiet" heading-level="2" onclick="alert(1)"></mh-contact-card>\n<mh-contact-list audience="minor" searchable><script type="application/json">${json}</script></mh-contact-list>\n<mh-indicator-checklist audience="adult"></mh-indicator-checklist>\n<mh-reporting-duty></mh-reporting-duty>\n<mh-rights-list></mh-rights-list>\n<mh-conversation-guide rights-href="javascript:alert(1)"></mh-conversation-guide>\n<!-- /wp:html -->`,
  ].join('\n\n');
  const created = await author.page.evaluate(async (body) => {
    const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const response = await fetch('/?rest_route=/wp/v2/posts', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce }, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }, { title: 'Menneskehandel: hjelp og kontakter', content, status: 'publish' });
  check(created.status === 201, `the Author publishes a post through the REST API (HTTP ${created.status})`, JSON.stringify(created.body).slice(0, 300));
  const raw = created.body.content?.raw ?? '';
  check(/<mh-contact-card contact="politiet" heading-level="2"><\/mh-contact-card>/.test(raw), 'KSES keeps an Author\'s <mh-contact-card> with its documented attributes', raw.slice(0, 400));
  check(!/onclick/.test(raw) && !/<script/.test(raw) && !raw.includes('fra-forfatter'), 'KSES still removes an event handler; the plugin removes the JSON <script> whole (no JSON left as page text)');
  check(raw.includes('<mh-conversation-guide rights-href=') && !raw.includes('javascript:'), 'KSES checks the protocol of address attributes (rights-href) as it does for href');
  check(['<mh-indicator-checklist audience="adult">', '<mh-reporting-duty>', '<mh-rights-list>', '<mh-contact-list audience="minor" searchable>'].every((tag) => raw.includes(tag)), 'every raw mh-* tag survives the Author\'s save');
  const postId = created.body.id;
  // Classic content (no block markup): wpautop runs when it is shown. A shortcode on its own line
  // comes out without a <p> around it (shortcode_unautop), with the JSON block intact.
  const classic = await author.page.evaluate(async (body) => {
    const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const response = await fetch('/?rest_route=/wp/v2/posts', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce }, body: JSON.stringify(body) });
    return (await response.json()).id;
  }, { title: 'Klassisk innlegg', content: 'Ring for å få hjelp.\n\n[mh_contact_card contact="rosa"]\n\n[mh_contact_list need="acute"]\n\nMer tekst.', status: 'publish' });
  // The whole guide by shortcode: the site's local contacts reach the contact list of its Del 8.
  const guidePost = await author.page.evaluate(async (body) => {
    const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const response = await fetch('/?rest_route=/wp/v2/posts', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce }, body: JSON.stringify(body) });
    return (await response.json()).id;
  }, { title: 'Veilederen', content: '<!-- wp:shortcode -->\n[mh_guide parts="8"]\n<!-- /wp:shortcode -->', status: 'publish' });
  const problems = JSON.parse(php(`require '${site}/wp-load.php';\necho wp_json_encode( get_post_meta( ${Number(postId)}, '_mh_widgets_problems', true ) );`));
  const types = (problems || []).map((problem) => problem.type).sort();
  check(JSON.stringify(types) === JSON.stringify(['attribute', 'script', 'shortcode-attribute']), 'the save records what was left out for the editor: the unknown shortcode attribute, the event handler, the JSON block', JSON.stringify(problems));
  // The block editor does not show admin notices: the plugin adds its own editor notices.
  await author.page.goto(`${origin}/wp-admin/post.php?post=${postId}&action=edit`);
  const editorNotices = await author.page
    .waitForFunction(() => window.wp?.data?.select('core/notices')?.getNotices().filter((notice) => notice.content.startsWith('Menneskehandel-widgets:')).map((notice) => notice.content), { timeout: 60_000 })
    .then((handle) => handle.jsonValue())
    .catch(() => []);
  check(editorNotices.length === 3 && editorNotices.some((text) => text.includes('bogus')) && editorNotices.some((text) => text.includes('onclick')), 'the block editor shows the three problems of the last save as notices', JSON.stringify(editorNotices));
  await author.page.goto(`${origin}/?p=${postId}`);
  const editorNotice = await author.page.$eval('.mh-widgets-editor-notice', (element) => element.textContent).catch(() => '');
  check(editorNotice.includes('bogus'), 'the Author sees, on the post, which shortcode attribute was left out', editorNotice);
  await author.page.$eval('.mh-widgets-editor-notice', (element) => element.scrollIntoView({ block: 'center' })).catch(() => {});
  const underToolbar = await author.page.evaluate(() => ({
    exit: Math.round(document.querySelector('mh-quick-exit')?.getBoundingClientRect().top ?? -1),
    toolbar: Math.round(document.getElementById('wpadminbar')?.getBoundingClientRect().bottom ?? -1),
  }));
  check(underToolbar.toolbar > 0 && underToolbar.exit === underToolbar.toolbar, 'for a logged-in user the sticky quick exit sticks just below WordPress\' toolbar, not under it', JSON.stringify(underToolbar));
  await screenshot(author.page, 'post-as-author', [1280], false);
  await author.context.close();

  // 4. A visitor.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  // The browser's own favicon request (WordPress has none by default) is not the page's error.
  page.on('console', (message) => message.type() === 'error' && !(message.location()?.url ?? '').endsWith('/favicon.ico') && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  await page.goto(`${origin}/?p=${postId}`, { waitUntil: 'networkidle0' });
  check(!(await page.$('.mh-widgets-editor-notice')), 'visitors do not see the editor notice');
  const scriptTag = await page.$eval('script[src*="menneskehandel-widgets.js"]', (element) => element.type).catch(() => 'missing');
  check(scriptTag === 'module', 'the widgets script is loaded as a module', `type: ${scriptTag}`);
  const tags = ['mh-contact-card', 'mh-contact-list', 'mh-indicator-checklist', 'mh-reporting-duty', 'mh-rights-list', 'mh-conversation-guide', 'mh-myths', 'mh-quick-exit'];
  await page.waitForFunction((names) => names.every((name) => customElements.get(name)), { timeout: 30_000 }, tags).catch(() => {});
  const rendered = await page.evaluate(
    (names) =>
      names.map((name) => {
        const elements = [...document.querySelectorAll(name)];
        return { name, count: elements.length, rendered: elements.length > 0 && elements.every((element) => element.shadowRoot && element.shadowRoot.textContent.trim().length > 0) };
      }),
    tags,
  );
  check(rendered.every((item) => item.rendered), 'every widget on the post is defined and renders', JSON.stringify(rendered));
  const mythsHeading = await page.$eval('mh-myths', (element) => !!element.shadowRoot?.querySelector('h3') && !element.shadowRoot.querySelector('h2')).catch(() => false);
  check(mythsHeading, '[mh_myths heading_level="3"]: an underscore attribute name reaches the widget as heading-level (h3, no h2)');
  const tel = await page.evaluate((href) => [...document.querySelectorAll('mh-contact-card[contact="rosa"]')].some((card) => card.shadowRoot?.querySelector(`a[href="${href}"]`)), rosaTel);
  check(tel, `ROSA's number is a call link (${rosaTel}, from content/nb/contacts.json)`);
  await page.evaluate(() => Promise.all([...document.querySelectorAll('mh-contact-list')].map((list) => list.hostContactsReady)));
  const listTexts = await page.$$eval('mh-contact-list', (lists) => lists.map((list) => list.shadowRoot?.textContent ?? ''));
  check(listTexts.length === 2 && listTexts.every((text) => text.includes(localContact.name)), 'both contact lists (shortcode and raw tag) show the local contact from the settings page', listTexts.map((text) => text.slice(0, 120)).join(' | '));
  const exitPlace = await page.evaluate(() => {
    const exits = document.querySelectorAll('mh-quick-exit');
    return { count: exits.length, inBody: exits[0]?.parentElement === document.body, first: document.body.firstElementChild?.localName, position: exits[0]?.getAttribute('position') };
  });
  check(exitPlace.count === 1 && exitPlace.inBody && exitPlace.position === 'sticky-top', 'the site-wide quick exit is a direct child of <body>, sticky', JSON.stringify(exitPlace));
  check(errors.length === 0, 'no console error on the post', errors.join(' | '));
  check(foreign.length === 0, 'no request to another origin', foreign.join(' '));
  await screenshot(page, 'post', [360, 1280], false);
  await page.setViewport({ width: 800, height: 600 });

  await page.goto(`${origin}/?p=${classic}`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('mh-contact-list')].map((list) => list.hostContactsReady)));
  const classicPage = await page.evaluate(
    (tel, name) => ({
      parents: [...document.querySelectorAll('mh-contact-card, mh-contact-list')].map((element) => element.parentElement.localName),
      tel: !!document.querySelector('mh-contact-card')?.shadowRoot?.querySelector(`a[href="${tel}"]`),
      local: document.querySelector('mh-contact-list')?.shadowRoot?.textContent.includes(name),
    }),
    rosaTel,
    localContact.name,
  );
  check(classicPage.tel && classicPage.local && classicPage.parents.every((parent) => parent !== 'p'), 'classic content: shortcodes render outside <p> (wpautop), with ROSA\'s link and the local contacts', JSON.stringify(classicPage));
  check(errors.length === 0, 'no console error on the classic post', errors.join(' | '));

  await page.goto(`${origin}/?p=${guidePost}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('mh-guide') && document.querySelector('mh-guide')?.shadowRoot?.querySelector('mh-contact-list'), { timeout: 30_000 }).catch(() => {});
  await page.evaluate(() => document.querySelector('mh-guide')?.shadowRoot?.querySelector('mh-contact-list')?.hostContactsReady);
  const guidePage = await page.evaluate(
    (name) => {
      const guide = document.querySelector('mh-guide');
      return {
        local: !!guide?.shadowRoot?.querySelector('mh-contact-list')?.shadowRoot?.textContent.includes(name),
        pageExits: document.querySelectorAll('mh-quick-exit').length,
        guideExits: guide?.shadowRoot?.querySelectorAll('mh-quick-exit').length ?? -1,
      };
    },
    localContact.name,
  );
  check(guidePage.local, '[mh_guide]: the contact list in Del 8 shows the local contact from the settings page', JSON.stringify(guidePage));
  check(guidePage.pageExits === 1 && guidePage.guideExits === 0, '[mh_guide] with the site-wide quick exit: one quick exit on the page, not two', JSON.stringify(guidePage));
  check(errors.length === 0, 'no console error on the guide post', errors.join(' | '));
  await page.goto(`${origin}/?p=${postId}`, { waitUntil: 'networkidle0' });

  // Shift three times leaves for the configured same-site address, replacing the page in history.
  const before = page.url();
  await page.evaluate(() => document.activeElement?.blur());
  await Promise.all([
    page.waitForNavigation({ timeout: 15_000 }),
    (async () => {
      for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    })(),
  ]).catch(() => {});
  const after = new URL(page.url());
  check(after.origin === origin && after.searchParams.get('s') === 'vær', 'Shift×3 leaves for the address set on the settings page', page.url());
  await page.goBack({ timeout: 5_000 }).catch(() => {});
  check(page.url() !== before, 'Back does not return to the post (location.replace)', page.url());
  check(errors.length === 0, 'no console error after leaving', errors.join(' | '));
  await context.close();
}

try {
  await main();
} catch (error) {
  check(false, `test:wordpress stopped: ${error.message}`);
  for (const child of children) if (child.output && child.exitCode !== null) console.error(`${child.label} exited:\n${child.output().slice(-2000)}`);
}
await cleanUp();
console.log(failures.length ? `test:wordpress: ${failures.length} failed` : 'test:wordpress: all passed');
process.exit(failures.length ? 1 : 0);
