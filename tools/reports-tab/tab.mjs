// The Reports tab in headless Chromium, against the real host on a seeded database, signed in the way Teams signs in.
// The page runs in an iframe of a stand-in Teams client page at https://teams.microsoft.com (served by Playwright, not
// fetched), which answers the real @microsoft/teams-js served by the host: initialize, getContext (the user's
// language) and authentication.getAuthToken, with a token this script mints. The host, reached as
// https://switchboard.example.com (Playwright forwards that name to the host on loopback), checks the token against
// this script's OpenID metadata and signing keys on loopback.
// Env: HOST_DLL (built Switchboard.Host.dll), DATA_FOLDER (seeded), SCREENSHOTS (folder), HOST_PORT, OIDC_PORT.
// Exits non-zero on the first check that fails and on any page error.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { generateKeyPairSync, sign, randomUUID } from 'node:crypto';
import { mkdirSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';

const hostDll = process.env.HOST_DLL ?? (() => { throw new Error('HOST_DLL is not set'); })();
const dataFolder = process.env.DATA_FOLDER ?? (() => { throw new Error('DATA_FOLDER is not set'); })();
const shots = process.env.SCREENSHOTS ?? 'screenshots';
const hostPort = Number(process.env.HOST_PORT ?? 5310);
const oidcPort = Number(process.env.OIDC_PORT ?? 5311);
const STEP_TIMEOUT = 20_000;
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// The demo company (Altenor Group): its tenant, a manager, a manager outside her line, and someone in her line.
const TENANT = '5b7c2f1e-3d4a-4e8b-9c6d-0a1b2c3d4e5f';
const APP_ID = '6f1c2a9e-3b7d-4e21-9a55-0c8d4b2e7f13';
const PUBLIC_HOST = 'https://switchboard.example.com';
const APP_ID_URI = `api://switchboard.example.com/${APP_ID}`;
const HELENE = { oid: '7e3a1c5d-0001-4a00-8000-000000000004', name: 'Hélène Muller' };      // CIO, 40 people
const NICOLAS = { oid: '7e3a1c5d-0001-4a00-8000-0000000000fb', name: 'Nicolas Bonnet' };    // sales director
const FLORIAN = { oid: '7e3a1c5d-0001-4a00-8000-000000000005', name: 'Florian Guérin' };    // IT support, in Hélène's line
const PERIOD = '2026-11';

mkdirSync(shots, { recursive: true });
const b64url = (data) => Buffer.from(data).toString('base64url');

// --- A local Entra ID: OpenID metadata and signing keys on loopback, and tokens signed with its private key.
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = randomUUID();
const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
const issuer = `https://login.microsoftonline.com/${TENANT}/v2.0`;
const oidc = createServer((req, res) => {
  const json = (body) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
  if (req.url === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
    return json({ issuer, jwks_uri: `http://127.0.0.1:${oidcPort}/${TENANT}/discovery/v2.0/keys`, id_token_signing_alg_values_supported: ['RS256'] });
  }
  if (req.url === `/${TENANT}/discovery/v2.0/keys`) return json({ keys: [jwk] });
  res.writeHead(404); res.end();
});
await new Promise((resolve) => oidc.listen(oidcPort, '127.0.0.1', resolve));

function mint(person, { lifetime = 3600, audience = APP_ID_URI } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = b64url(JSON.stringify({
    aud: audience, iss: issuer, tid: TENANT, oid: person.oid, name: person.name, ver: '2.0',
    iat: now + lifetime - 3600, nbf: now + lifetime - 3600, exp: now + lifetime,
  }));
  return `${header}.${payload}.${sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url')}`;
}

// --- The host, in Production (no development sign-in), on the seeded database and the demo company.
const hostLog = join(dataFolder, 'tab-host.log');
const host = spawn('dotnet', [hostDll, '--environment', 'Production', `--Kestrel:Endpoints:Http:Url=http://127.0.0.1:${hostPort}`], {
  env: {
    ...process.env,
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    Switchboard__Security__AllowedTenants__0: TENANT,
    Switchboard__Storage__DataFolder: dataFolder,
    Switchboard__Tab__TenantId: TENANT,
    Switchboard__Tab__ApplicationIdUri: APP_ID_URI,
    Switchboard__Tab__MetadataAddress: `http://127.0.0.1:${oidcPort}/${TENANT}/v2.0/.well-known/openid-configuration`,
    Switchboard__Dispatch__Enabled: 'false',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const logStream = createWriteStream(hostLog);
host.stdout.pipe(logStream); host.stderr.pipe(logStream);

let browser;

/** The stand-in Teams client: frames the tab and answers the three calls the tab makes through teams-js. */
function teamsClient(tabUrl, token, locale) {
  const runtime = JSON.stringify({ apiVersion: 4, supports: { app: {}, authentication: {}, pages: {} } });
  const context = { locale, tid: TENANT, frameContext: 'content', hostClientType: 'web', entityId: 'reports', theme: 'default' };
  return `<!DOCTYPE html><html><head><title>Microsoft Teams (stand-in)</title></head><body style="margin:0">
<iframe id="teams-tab" title="Reports" src="${tabUrl}" width="1200" height="900" style="border:0;display:block"></iframe>
<script>
window.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || typeof message.func !== 'string' || event.origin !== ${JSON.stringify(PUBLIC_HOST)}) return;
  const reply = (args) => event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, event.origin);
  if (message.func === 'initialize') reply(['content', 'web', ${JSON.stringify(runtime)}, '2.58.0']);
  else if (message.func === 'getContext') reply([${JSON.stringify(context)}]);
  else if (message.func === 'authentication.getAuthToken') reply([true, ${JSON.stringify(token)}]);
});
</script></body></html>`;
}
const failures = [];
async function stop() {
  await browser?.close().catch(() => {});
  host.kill('SIGTERM');
  oidc.close();
}

try {
  const started = Date.now();
  for (;;) {
    if (host.exitCode !== null) throw new Error(`the host exited with ${host.exitCode}; see ${hostLog}`);
    const ready = await fetch(`http://127.0.0.1:${hostPort}/readyz`).then((r) => r.ok).catch(() => false);
    if (ready) break;
    if (Date.now() - started > 60_000) throw new Error(`the host was not ready within 60 s; see ${hostLog}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  console.log(`host ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });

  const base = `http://127.0.0.1:${hostPort}`;
  function check(condition, message) {
    if (!condition) throw new Error(message);
    console.log(`  ok: ${message}`);
  }

  // The tab as Teams shows it: in a frame of a Teams page whose client answers with the person's token and language.
  // Without a token the page is opened on its own, outside Teams.
  async function openTab(token, locale, query) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // A refused report answers 401/403 on purpose. teams-js fetches its list of Teams origins from a CDN; the page's
      // CSP blocks that on purpose (it then uses the list it ships with). Anything else, a blocked script too, fails the run.
      const text = message.text();
      const expected = /status of (401|403)/.test(text) || text.includes('https://res.cdn.office.net/teams-js/validDomains/');
      if (message.type() === 'error' && !expected) failures.push(`console error: ${text}`);
    });
    page.on('response', (response) => {
      if (response.status() === 404) failures.push(`404 for ${response.url()}`);
    });
    await context.route(`${PUBLIC_HOST}/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace(PUBLIC_HOST, base) });
      await route.fulfill({ response });
    });
    const tabUrl = `${PUBLIC_HOST}/tab/reports?${query}`;
    if (token === null) {
      await page.goto(tabUrl);
      await page.waitForSelector('#tab:not([data-state="loading"])[data-state]');
      return { page, frame: page.mainFrame(), context };
    }

    await context.route('https://teams.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/html', body: teamsClient(tabUrl, token, locale) }));
    await page.goto('https://teams.microsoft.com/_#/apps/switchboard/reports');
    const tab = await (await page.waitForSelector('#teams-tab')).contentFrame();
    await tab.waitForSelector('#tab:not([data-state="loading"])[data-state]');
    return { page, frame: tab, context };
  }

  console.log('== A manager sees her reporting line, every figure a chart');
  {
    const { page, frame, context } = await openTab(mint(HELENE), 'en-GB', `period=${PERIOD}`);
    check(await frame.getAttribute('#tab', 'data-state') === 'ready', 'the report loaded');
    const heading = await frame.textContent('#scope-heading');
    check(heading.includes(HELENE.name) && heading.includes('November 2026'), `heading names her line and the month: "${heading}"`);
    const figures = await frame.$$eval('section.figure', (sections) => sections.map((s) => ({
      id: s.id, title: s.querySelector('h3').textContent, svg: !!s.querySelector('svg[role="img"]'),
      label: s.querySelector('svg title')?.textContent ?? '', desc: s.querySelector('svg desc')?.textContent ?? '',
      rows: s.querySelectorAll('details tbody tr').length,
    })));
    check(figures.length === 11, `11 figures (${figures.map((f) => f.id).join(', ')})`);
    for (const figure of figures) {
      check(figure.svg && figure.label && figure.desc, `${figure.id}: a chart with a title and a text alternative ("${figure.desc.slice(0, 60)}…")`);
    }
    check(figures.find((f) => f.id === 'fig-topics').rows > 0, 'the requests behind "by topic" are listed');
    await page.screenshot({ path: join(shots, '00-overview.png') });
    let n = 1;
    for (const figure of figures) {
      await frame.locator(`#${figure.id}`).screenshot({ path: join(shots, `${String(n++).padStart(2, '0')}-${figure.id.replace('fig-', '')}.png`) });
    }
    await frame.click('#fig-load-requests summary');
    const firstRow = await frame.$$eval('#fig-load-requests tbody tr:first-child td', (cells) => cells.map((c) => c.textContent));
    check(firstRow.length === 6 && firstRow[0].length > 0, `the list behind a figure shows subject, requester, target, state, dates: ${firstRow.join(' | ')}`);
    await frame.locator('#fig-load').screenshot({ path: join(shots, `${String(n++).padStart(2, '0')}-load-with-requests.png`) });

    console.log('== She narrows the scope to someone in her line');
    await frame.selectOption('#scope', FLORIAN.oid);
    await frame.click('#filters button[type="submit"]');
    await frame.waitForFunction((name) => document.querySelector('#scope-heading')?.textContent.includes(name), FLORIAN.name);
    check(new URL(frame.url()).searchParams.get('scope') === FLORIAN.oid, 'the address keeps the filter');
    await context.close();
  }

  console.log('== In French, following her Teams language');
  {
    // The month field itself is drawn by the browser in its own language (English in this headless Chromium).
    const { page, frame, context } = await openTab(mint(HELENE), 'fr-FR', `period=${PERIOD}`, {});
    const heading = await frame.textContent('#scope-heading');
    check(heading.startsWith('Demandes de la ligne hiérarchique') && heading.includes('novembre 2026'), `French heading: "${heading}"`);
    check(await frame.getAttribute('html', 'lang') === 'fr', 'the document says it is French');
    await page.screenshot({ path: join(shots, '20-overview-fr.png') });
    await context.close();
  }

  console.log('== A manager outside the scope gets a refusal, not an empty chart');
  {
    const { page, frame, context } = await openTab(mint(NICOLAS), 'en-GB', `period=${PERIOD}&scope=${HELENE.oid}`);
    check(await frame.getAttribute('#tab', 'data-state') === 'refused', 'the report was refused');
    const refusal = await frame.textContent('#refusal');
    check(refusal.includes('not allowed to see these requests'), `the refusal says why: "${refusal.trim().slice(0, 90)}…"`);
    check(await frame.locator('section.figure').count() === 0, 'no chart is drawn');
    await page.screenshot({ path: join(shots, '21-refused-other-manager.png') });
    await context.close();
  }

  console.log('== Outside Teams, with the real Teams client the host serves: the page says to open it in Teams');
  {
    const { frame, context } = await openTab(null, 'en-GB', `period=${PERIOD}`);
    check(await frame.evaluate(() => typeof window.microsoftTeams?.app?.initialize === 'function'), 'the host served @microsoft/teams-js');
    check(await frame.getAttribute('#tab', 'data-state') === 'signed-out', 'no token outside Teams, so no report');
    check(await frame.isVisible('#not-in-teams'), `it says: "${(await frame.textContent('#not-in-teams')).slice(0, 70)}…"`);
    await context.close();
  }

  console.log('== An expired token is refused by the host, and the page says so');
  {
    const { page, frame, context } = await openTab(mint(HELENE, { lifetime: -600 }), 'en-GB', `period=${PERIOD}`);
    check(await frame.getAttribute('#tab', 'data-state') === 'error', 'the page shows an error');
    check((await frame.textContent('#error')).includes('expired'), 'it says the token expired');
    await context.close();
  }

  check(failures.length === 0, `no page error (${failures.length ? failures.join('; ') : 'none'})`);
  console.log(`Reports tab in Chromium: all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shots}`);
} catch (error) {
  console.error(`FAILED: ${error.message}`);
  if (failures.length) console.error(failures.join('\n'));
  process.exitCode = 1;
} finally {
  await stop();
}
