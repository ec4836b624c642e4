// End-to-end: Switchboard driven through the Microsoft 365 Agents Playground UI in headless Chromium.
// Expects the host and the Playground running (see .ci/e2e.sh). Environment: PLAYGROUND_URL names the Playground,
// PLAYGROUND_WORK the folder play.sh wrote (the demo company it generated the Playground's tenant from, and the host's
// data folder `data`), SCREENSHOTS the folder for the step screenshots. Every step waits for what it expects (no
// fixed sleeps) and fails with its name; on failure the Playground's own log panel is printed and a screenshot of
// the moment is left in PLAYGROUND_WORK. Exits non-zero on the first step that does not happen.
import { chromium } from 'playwright-core';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPERT, PERSONAL_CHAT, REQUESTER, SERVICE_MEMBER, serviceTeam } from './gen-tenant.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const base = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:56150';
const work = process.env.PLAYGROUND_WORK;
if (!work) throw new Error('PLAYGROUND_WORK is not set: the folder play.sh wrote (demo-tenant.json, data/)');
const shots = process.env.SCREENSHOTS ?? 'screenshots';
const STEP_TIMEOUT = 20_000;
mkdirSync(shots, { recursive: true });
const team = serviceTeam(JSON.parse(readFileSync(join(work, 'demo-tenant.json'), 'utf8')));

const personScenarios = [
  {
    name: 'en',
    // The conversation tests' question: the demo company routes it to Benoît Haddad, head of contract law.
    question: 'Contract law question about a supplier clause, indemnity and liability cap',
    need: 'A question',
    expectTarget: 'Benoît Haddad',
  },
  {
    name: 'fr',
    question: 'Question de droit des contrats : clause d\'indemnisation et plafond de responsabilité chez un fournisseur',
    need: 'A question',
    expectTarget: 'Benoît Haddad',
  },
];

// A service request: the demo company routes access problems to the IT Help Desk's request channel, which is the
// Playground's team channel (gen-tenant.mjs gives the Playground the demo company's ids for that team).
const service = {
  name: 'service',
  question: 'My VPN access stopped working after my password was reset',
  need: 'An access',
  member: { id: SERVICE_MEMBER, name: 'Samuel Hughes' },
};

// What the record must hold for each request, in order, once its scenario is over (docs/RECORD.md lists the kinds).
const PERSON_STEPS = ['Created', 'Qualified', 'Proposed', 'Confirmed', 'Offered', 'Accepted'];
const SERVICE_STEPS = ['Created', 'Qualified', 'Proposed', 'Confirmed', 'Posted', 'Claimed'];

const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'switchboard-e2e-chromium-')), {
  executablePath: '/usr/bin/chromium',
  viewport: { width: 1400, height: 1000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
ctx.setDefaultTimeout(STEP_TIMEOUT);
// Nothing leaves the machine: the deep link's Teams page is stopped before it loads; the suite keeps where it went.
const teamsLinks = [];
let onTeamsLink = () => {};
await ctx.route('https://teams.microsoft.com/**', (route) => {
  teamsLinks.push(route.request().url());
  onTeamsLink();
  return route.abort();
});
const page = ctx.pages()[0] ?? await ctx.newPage();
const suiteStarted = performance.now();
let shotNumber = 0;
let current = 'start';

/** Runs one named step; a failure says which step it was. */
async function step(name, action) {
  current = name;
  console.log(`step: ${name} (at ${((performance.now() - suiteStarted) / 1000).toFixed(1)} s)`);
  try {
    return await action();
  } catch (error) {
    error.message = `step "${name}" failed: ${error.message}`;
    throw error;
  }
}

async function shot(name) {
  shotNumber += 1;
  const file = join(shots, `${String(shotNumber).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  screenshot ${file}`);
}

function check(condition, message, seen) {
  if (!condition) throw new Error(seen === undefined ? message : `${message}; it reads:\n${seen}`);
  console.log(`  ok: ${message}`);
}

/** Resolves as `promise` does, or fails after STEP_TIMEOUT saying what did not happen. */
function within(what, promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} did not happen within ${STEP_TIMEOUT / 1000} s`)), STEP_TIMEOUT); }),
  ]).finally(() => clearTimeout(timer));
}

const cards = () => page.locator('.ac-adaptiveCard');

/** Waits until the open conversation holds more cards than before and returns the newest. */
async function nextCard(before, what) {
  await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before,
    { timeout: STEP_TIMEOUT }).catch(() => { throw new Error(`no ${what} card arrived within ${STEP_TIMEOUT / 1000} s`); });
  return cards().last();
}

/** Waits until card number `index` of the open conversation satisfies `test` (a function of its text, run in the page). */
async function cardReads(index, what, test, arg) {
  await page.waitForFunction(([i, source, a]) => {
    const text = document.querySelectorAll('.ac-adaptiveCard')[i]?.innerText;
    return text !== undefined && new Function('text', 'arg', `return (${source})(text, arg);`)(text, a);
  }, [index, test.toString(), arg], { timeout: STEP_TIMEOUT })
    .catch(async () => { throw new Error(`${what} did not happen within ${STEP_TIMEOUT / 1000} s; card ${index} of the conversation reads:\n${await cards().nth(index).innerText().catch(() => '(no such card)')}`); });
  return cards().nth(index);
}

/** Opens a conversation of the Playground's left pane by its accessible name. */
async function open(conversation) {
  await page.getByRole('treeitem', { name: conversation, exact: true }).click();
}

/**
 * Clicks a card button, stops the invoke the Playground would send as its current user (the requester), and
 * returns it, so the suite can send the same action as someone else.
 */
async function captureInvoke(button, name) {
  let resolveCaptured;
  const captured = new Promise((resolveIt) => { resolveCaptured = resolveIt; });
  await page.route('**/_conversation/v1/invoke', async (route) => { resolveCaptured(route.request().postDataJSON()); await route.abort(); });
  try {
    await button.click();
    return await within(`an Action.Execute invoke (adaptiveCard/action) after clicking "${name}"`, captured);
  } finally {
    await page.unroute('**/_conversation/v1/invoke');
  }
}

/**
 * Sends an activity through the Playground as someone other than its current user: custom activities keep the
 * `from` they are given. The template carries the tenant on the conversation only; Teams also sends it in
 * channelData, and Switchboard's tenant guard reads it there (without it the activity is dropped as MissingTenant).
 * In a channel, Teams adds the team and the channel to channelData too.
 */
async function actAs(person, conversationId, activity, channelData = {}) {
  const template = await (await fetch(`${base}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`)).json();
  const body = { ...template, ...activity, from: { id: person.id, aadObjectId: person.id, name: person.name }, locale: person.locale,
    channelData: { tenant: { id: template.conversation.tenantId }, ...channelData } };
  const res = await fetch(`${base}/_internal/v1/customActivities`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`the Playground refused the custom ${activity.type} activity: ${res.status} ${await res.text()}`);
}

const benoit = { id: EXPERT, name: 'Benoît Haddad', locale: 'fr-FR' };
const member = { ...service.member, locale: 'en-GB' };

/** Types the question in the personal chat, fills the qualification card and returns the status card's index and the proposal. */
async function askAndQualify(scenario) {
  const before = await cards().count();
  const form = await step(`${scenario.name}: ask in the personal chat`, async () => {
    const box = page.locator('[contenteditable="true"]').first();
    await box.click();
    await page.keyboard.type(scenario.question);
    await page.keyboard.press('Enter');
    const card = await nextCard(before, 'qualification');
    check((await card.innerText()).includes("Let's get your request to the right person"), 'the qualification card arrived');
    check(await card.locator('input').first().inputValue() === scenario.question, 'the subject is pre-filled from the message');
    return card;
  });
  const statusIndex = before; // the form is the requester's status card: it is updated in place from now on
  const proposal = await step(`${scenario.name}: qualify`, async () => {
    await form.locator('input.fui-Combobox__input').first().click();
    await page.getByRole('option', { name: scenario.need, exact: true }).click();
    await shot(`${scenario.name}-qualification`);
    await form.getByRole('button', { name: 'Find who can help' }).click();
    const card = await cardReads(statusIndex, 'the proposal replacing the form', (text) => text.includes('Here is who I suggest'));
    check(await cards().count() === before + 1, 'the proposal replaced the form in place');
    return card;
  });
  return { before, statusIndex, proposal };
}

const requests = []; // { scenario, subject, steps, actor: [kind, aadId] } checked against the record at the end

async function personScenario(scenario) {
  console.log(`scenario ${scenario.name}: ${scenario.question}`);
  const { before, statusIndex, proposal } = await askAndQualify(scenario);
  const proposalText = await proposal.innerText();
  await step(`${scenario.name}: the proposal`, async () => {
    check(proposalText.includes(scenario.expectTarget), `the proposal suggests ${scenario.expectTarget}`, proposalText);
    await shot(`${scenario.name}-proposal`);
  });

  const { offer, statusText } = await step(`${scenario.name}: confirm, and the offer reaches the expert`, async () => {
    await proposal.getByRole('button', { name: 'Confirm' }).click();
    const card = await nextCard(before + 1, 'offer');
    const status = await cardReads(statusIndex, 'the status card replacing the proposal', (text, old) => text !== old, proposalText);
    check(true, 'the status card replaced the proposal in place');
    const offerText = await card.innerText();
    check(offerText.includes('Une demande pour vous') && offerText.includes(scenario.question),
      'the offer reached Benoît, in French, with the question', offerText);
    await shot(`${scenario.name}-offer-to-expert`);
    return { offer: card, statusText: await status.innerText() };
  });

  const { intro, cardsBefore } = await step(`${scenario.name}: the expert accepts`, async () => {
    // Clicking in the UI would speak as the current user (the requester): the suite sends the same action as Benoît.
    const captured = await captureInvoke(offer.getByRole('button').filter({ hasText: /Accept|Accepter/ }).first(), 'Accepter');
    check(captured?.value?.action?.verb === 'offer.accept', 'the offer card carries the accept action');
    const count = await cards().count();
    await actAs(benoit, PERSONAL_CHAT, { type: 'invoke', name: 'adaptiveCard/action', value: captured.value, replyToId: captured.replyToId });
    return { intro: await nextCard(count, 'introduction'), cardsBefore: count };
  });

  await step(`${scenario.name}: the introduction and its deep link`, async () => {
    const introText = await intro.innerText();
    check(introText.includes('Benoît Haddad'), 'the introduction names the expert', introText);
    check(introText.includes('Open the chat'), 'the introduction offers the chat with the expert', introText);
    await shot(`${scenario.name}-introduction`);
    // The deep link opens Teams in a new window; the suite reads where it goes and stops it there (no network).
    const opened = teamsLinks.length;
    const linkSeen = new Promise((resolveIt) => { onTeamsLink = resolveIt; });
    const [popup] = await Promise.all([page.waitForEvent('popup'), intro.getByText('Open the chat').click()]);
    if (teamsLinks.length === opened) await within('opening the Teams deep link', linkSeen);
    await popup.close();
    const deepLink = teamsLinks[opened];
    check(deepLink.startsWith('https://teams.microsoft.com/l/chat/0/0?users=') && deepLink.includes('benoit.haddad%40altenor.example'),
      'the introduction\'s deep link opens a chat with Benoît', deepLink);
  });

  await step(`${scenario.name}: the status card after the accept`, async () => {
    const status = await cardReads(statusIndex, 'the status card changing after the accept', (text, old) => text !== old, statusText);
    const acceptedStatus = await status.innerText();
    check(acceptedStatus.includes('Accepted') && acceptedStatus.includes('Benoît Haddad accepted'),
      'the requester\'s status card changed in place after the accept and names the expert', acceptedStatus);
    check(await cards().count() === cardsBefore + 1, 'the accept added only the introduction: the status card was updated, not sent again');
    await status.scrollIntoViewIfNeeded();
    await shot(`${scenario.name}-status-accepted`);
  });
  requests.push({ scenario: scenario.name, subject: scenario.question, steps: PERSON_STEPS, actor: ['Accepted', EXPERT] });
}

async function serviceScenario() {
  console.log(`scenario ${service.name}: ${service.question}`);
  const requestChannel = `${team.name} - ${team.requests.displayName}`;
  const { statusIndex, proposal } = await askAndQualify(service);
  const proposalText = await proposal.innerText();
  await step('service: the proposal', async () => {
    check(proposalText.includes(`${team.name} (team)`) && proposalText.includes(`post in its channel ${team.requests.displayName}`),
      `the proposal suggests posting in ${requestChannel}`, proposalText);
    await shot('service-proposal');
  });

  const statusText = await step('service: confirm, and the request is posted to the team', async () => {
    await proposal.getByRole('button', { name: 'Confirm' }).click();
    const status = await cardReads(statusIndex, 'the status card saying the request was posted', (text) => text.includes('Posted to a team'));
    check(true, 'the status card replaced the proposal in place and says it was posted to a team');
    return status.innerText();
  });

  const post = await step(`service: the request in ${requestChannel}`, async () => {
    await open(requestChannel);
    const card = await cardReads(0, 'the request posted in the channel',
      (text, subject) => text.includes('New request for the team') && text.includes(subject), service.question);
    const text = await card.innerText();
    check(text.includes('Sanjay Reddy') && text.includes('Take it'), 'the channel card names the requester and offers "Take it"', text);
    await shot('service-channel-post');
    return card;
  });

  await step(`service: ${member.name} takes it in the channel`, async () => {
    const captured = await captureInvoke(post.getByRole('button', { name: 'Take it' }), 'Take it');
    check(captured?.value?.action?.verb === 'group.claim', 'the channel card carries the claim action');
    await actAs(member, team.requests.id, { type: 'invoke', name: 'adaptiveCard/action', value: captured.value, replyToId: captured.replyToId },
      { team: { id: team.general.id, aadGroupId: team.groupId, name: team.name }, channel: { id: team.requests.id, name: team.requests.displayName } });
    const card = await cardReads(0, 'the channel card showing who took the request', (text, name) => text.includes(`Taken by ${name}`), member.name);
    check(!(await card.innerText()).includes('Take it'), 'the channel card no longer offers "Take it"', await card.innerText());
    check(await cards().count() === 1, 'the channel card was updated in place, not posted again');
    await shot('service-channel-taken');
  });

  await step('service: the requester\'s status card after the claim', async () => {
    await open('Personal Chat');
    const status = await cardReads(statusIndex, 'the status card naming who took the request',
      (text, name) => text.includes(`${name} took it`), member.name);
    check((await status.innerText()) !== statusText, 'the requester\'s status card changed in place and names who took it', await status.innerText());
    const intro = await cardReads(statusIndex + 1, 'the introduction to who took it',
      (text, name) => text.includes(`${name} accepted your request`), member.name);
    check((await intro.innerText()).includes('Open the chat'), `the requester is introduced to ${member.name}, with the chat to open`, await intro.innerText());
    check(await cards().count() === statusIndex + 2, 'the claim added only the introduction: the status card was updated, not sent again');
    await status.scrollIntoViewIfNeeded();
    await shot('service-status-taken');
  });
  requests.push({ scenario: service.name, subject: service.question, steps: SERVICE_STEPS, actor: ['Claimed', SERVICE_MEMBER] });
}

// The host play.sh runs, as built by `dotnet build src/Switchboard.Host` (.ci/e2e.sh builds it once). Its commands are
// started from the built assembly rather than with `dotnet run --no-build`, which spends seconds evaluating the
// project on a loaded machine; the command and its settings are the same (it reads appsettings from beside itself).
const hostAssembly = process.env.SWITCHBOARD_HOST_DLL ?? join(root, 'src/Switchboard.Host/bin/Debug/net10.0/Switchboard.Host.dll');
if (!existsSync(hostAssembly)) throw new Error(`${hostAssembly} is missing: build the host first (dotnet build src/Switchboard.Host), or set SWITCHBOARD_HOST_DLL`);

/** Runs one of the host's own commands against the host's database (the data folder play.sh gave it). */
function hostCommand(...args) {
  return new Promise((resolveIt) => {
    execFile('dotnet', [hostAssembly, ...args], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, DOTNET_ENVIRONMENT: 'Development', Switchboard__Storage__DataFolder: join(work, 'data') },
    }, (error, stdout, stderr) => resolveIt({ status: error ? (error.code ?? 1) : 0, stdout, stderr }));
  });
}

const camel = (kind) => kind[0].toLowerCase() + kind.slice(1);

async function recordCheck() {
  const exported = await step('record: privacy export of the requester', async () => {
    const run = await hostCommand('privacy', 'export', '--user', REQUESTER);
    check(run.status === 0, '`privacy export` ran', `exit ${run.status}\n${run.stderr}`);
    return JSON.parse(run.stdout);
  });
  for (const expected of requests) {
    await step(`record: every step of the ${expected.scenario} request`, async () => {
      const request = exported.requests.find((r) => r.request?.text === expected.subject);
      check(request !== undefined, `the ${expected.scenario} request is in the record`, exported.requests.map((r) => r.request?.text).join('\n'));
      check(request.state === expected.steps.at(-1), `it is ${expected.steps.at(-1)}`, request.state);
      const kinds = request.history.map((e) => e.kind);
      check(JSON.stringify(kinds) === JSON.stringify(expected.steps), `its history is ${expected.steps.join(', ')}`, kinds.join(', '));
      const [kind, actor] = expected.actor;
      const acted = request.history.find((e) => e.kind === kind);
      check(acted.actorId === actor, `${kind} was done by ${actor}`, acted.actorId);
      // The chain: one entry per history step, in the same order, each pointing at its step.
      const entries = exported.auditEntries.filter((e) => e.requestId === request.id);
      const chained = entries.map((e) => `${e.kind}#${e.data.eventSequence}`);
      const wanted = request.history.map((e) => `${camel(e.kind)}#${e.sequence}`);
      check(JSON.stringify(chained) === JSON.stringify(wanted), 'the audit chain holds one entry per step, in order', chained.join(', '));
      check(entries[0].actor === exported.pseudonym, 'the chain names the requester by pseudonym only', entries[0].actor);
      const last = entries.at(-1);
      check(/^[0-9a-f]{64}$/.test(last.actor) && last.actor !== exported.pseudonym,
        `the ${camel(kind)} entry's actor is another person's pseudonym, never a name or id`, last.actor);
    });
  }
  await step('record: audit verify', async () => {
    const run = await hostCommand('audit', 'verify');
    check(run.status === 0 && run.stdout.startsWith('OK: '), `\`audit verify\` passes: ${run.stdout.trim()}`, `exit ${run.status}\n${run.stdout}${run.stderr}`);
  });
}

try {
  await step('the Playground opens with the welcome', async () => {
    await page.goto(base);
    await page.getByText("Hi, I'm Switchboard").first().waitFor();
    await shot('welcome');
  });
  await step('Benoît writes to Switchboard once, so it can reach him in the Playground', async () => {
    await actAs(benoit, PERSONAL_CHAT, { type: 'message', text: 'help' });
    await page.getByText('Pour demander de l').first().waitFor(); // the help text, in Benoît's language
  });
  for (const scenario of personScenarios) await personScenario(scenario);
  await serviceScenario();
  await recordCheck();
} catch (error) {
  console.error(`\ne2e FAILED: ${error.message.startsWith('step "') ? '' : `step "${current}": `}${error.message}`);
  const failure = join(work, 'failure.png');
  await page.screenshot({ path: failure }).then(() => console.error(`screenshot of the moment: ${failure}`), () => {});
  const log = await page.locator('text=Log Panel').locator('xpath=../..').innerText().catch(() => '(the log panel could not be read)');
  console.error(`\nthe Playground's log panel (last 40 lines):\n${log.split('\n').slice(-40).join('\n')}`);
  await ctx.close();
  process.exit(1);
}

await ctx.close();
console.log(`e2e: every step passed in ${((performance.now() - suiteStarted) / 1000).toFixed(1)} s`);
