// End-to-end: Switchboard driven through the Microsoft 365 Agents Playground UI in headless Chromium.
// Expects the host and the Playground running (see .ci/e2e.sh); PLAYGROUND_URL names the Playground,
// SCREENSHOTS the folder for the step screenshots. Exits non-zero on the first step that does not happen.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPERT, PERSONAL_CHAT } from './gen-tenant.mjs';

const base = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:56150';
const shots = process.env.SCREENSHOTS ?? 'screenshots';
const STEP_TIMEOUT = 20_000;
mkdirSync(shots, { recursive: true });

const scenarios = [
  {
    name: 'en',
    // The conversation tests' question: the demo company routes it to Benoît Haddad, head of contract law.
    question: 'Question about a supplier contract clause, indemnity and liability cap',
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

const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'switchboard-e2e-chromium-')), {
  executablePath: '/usr/bin/chromium',
  viewport: { width: 1400, height: 1000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
ctx.setDefaultTimeout(STEP_TIMEOUT);
// Nothing leaves the machine: the deep link's Teams page is stopped before it loads.
const teamsLinks = [];
await ctx.route('https://teams.microsoft.com/**', (route) => { teamsLinks.push(route.request().url()); return route.abort(); });
const page = ctx.pages()[0] ?? await ctx.newPage();
let step = 0;

async function shot(name) {
  step += 1;
  const file = join(shots, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  screenshot ${file}`);
}

function check(condition, message, seen) {
  if (!condition) throw new Error(seen === undefined ? message : `${message}; the card reads:\n${seen}`);
  console.log(`  ok: ${message}`);
}

const cards = () => page.locator('.ac-adaptiveCard');

// Waits until the chat holds more cards than before and returns the newest.
async function nextCard(before, what) {
  await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before,
    { timeout: STEP_TIMEOUT }).catch(() => { throw new Error(`no ${what} card arrived within ${STEP_TIMEOUT / 1000} s`); });
  return cards().last();
}

// The Playground sends custom activities as given, so the suite can speak as someone other than the current user.
async function asExpert(activity) {
  const template = await (await fetch(`${base}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(PERSONAL_CHAT)}`)).json();
  const body = { ...template, ...activity, from: { id: EXPERT, aadObjectId: EXPERT, name: 'Benoît Haddad' }, locale: 'fr-FR',
    // The template carries the tenant on the conversation only; Teams also sends it in channelData, and Switchboard's
    // tenant guard reads it there (without it the activity is dropped as MissingTenant).
    channelData: { tenant: { id: template.conversation.tenantId } } };
  const res = await fetch(`${base}/_internal/v1/customActivities`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`custom activity ${activity.type} refused: ${res.status} ${await res.text()}`);
}

await page.goto(base);
await page.getByText("Hi, I'm Switchboard").first().waitFor();
await shot('welcome');

// Benoît writes to the bot once, so Switchboard knows where to reach him: the Playground's personal chat.
await asExpert({ type: 'message', text: 'help' });
await page.getByText('Pour demander de l').first().waitFor(); // the help text, in Benoît's language

for (const scenario of scenarios) {
  console.log(`scenario ${scenario.name}: ${scenario.question}`);
  const before = await cards().count();
  const box = page.locator('[contenteditable="true"]').first();
  await box.click();
  await page.keyboard.type(scenario.question);
  await page.keyboard.press('Enter');

  const form = await nextCard(before, 'qualification');
  const statusIndex = before; // the form is the requester's status card: it is updated in place from now on
  check((await form.innerText()).includes("Let's get your request to the right person"), 'the qualification card arrived');
  check(await form.locator('input').first().inputValue() === scenario.question, 'the subject is pre-filled from the message');
  await form.locator('input.fui-Combobox__input').first().click();
  await page.getByRole('option', { name: scenario.need, exact: true }).click();
  await shot(`${scenario.name}-qualification`);
  await form.getByRole('button', { name: 'Find who can help' }).click();

  await page.waitForFunction(([i]) => document.querySelectorAll('.ac-adaptiveCard')[i]?.innerText.includes('Here is who I suggest'),
    [statusIndex], { timeout: STEP_TIMEOUT });
  const proposal = cards().nth(statusIndex);
  const proposalText = await proposal.innerText();
  check(proposalText.includes(scenario.expectTarget), `the proposal suggests ${scenario.expectTarget}`, proposalText);
  check(await cards().count() === before + 1, 'the proposal replaced the form in place');
  await shot(`${scenario.name}-proposal`);

  await proposal.getByRole('button', { name: 'Confirm' }).click();
  const offer = await nextCard(before + 1, 'offer');
  const statusText = await cards().nth(statusIndex).innerText();
  check(statusText !== proposalText, 'the status card replaced the proposal in place');
  await shot(`${scenario.name}-offer-to-expert`);

  // Clicking in the UI would speak as the current user (the requester). The suite reads what the click would send,
  // stops it, and sends the same action as the expert.
  const offerText = await offer.innerText();
  check(offerText.includes('Une demande pour vous') && offerText.includes(scenario.question),
    'the offer reached Benoît, in French, with the question', offerText);
  let captured;
  await page.route('**/_conversation/v1/invoke', async (route) => { captured = route.request().postDataJSON(); await route.abort(); });
  const acceptButton = offer.getByRole('button').filter({ hasText: /Accept|Accepter/ }).first();
  await acceptButton.click();
  for (let i = 0; i < 50 && !captured; i++) await page.waitForTimeout(100);
  await page.unroute('**/_conversation/v1/invoke');
  check(captured?.value?.action?.verb === 'offer.accept', 'the offer card carries the accept action');
  const cardsBefore = await cards().count();
  await asExpert({ type: 'invoke', name: 'adaptiveCard/action', value: captured.value, replyToId: captured.replyToId });

  const intro = await nextCard(cardsBefore, 'introduction');
  const introText = await intro.innerText();
  check(introText.includes('Benoît Haddad'), 'the introduction names the expert', introText);
  check(introText.includes('Open the chat'), 'the introduction offers the chat with the expert', introText);
  await shot(`${scenario.name}-introduction`);
  // The deep link opens Teams in a new window; the suite reads where it goes and stops it there (no network).
  const opened = teamsLinks.length;
  const [popup] = await Promise.all([page.waitForEvent('popup'), intro.getByText('Open the chat').click()]);
  for (let i = 0; i < 50 && teamsLinks.length === opened; i++) await page.waitForTimeout(100);
  await popup.close();
  const deepLink = teamsLinks[opened] ?? '(no Teams link was opened)';
  check(deepLink.startsWith('https://teams.microsoft.com/l/chat/0/0?users=') && deepLink.includes('benoit.haddad%40altenor.example'),
    'the introduction\'s deep link opens a chat with Benoît', deepLink);
  await page.waitForFunction(([i, old]) => document.querySelectorAll('.ac-adaptiveCard')[i]?.innerText !== old,
    [statusIndex, statusText], { timeout: STEP_TIMEOUT });
  const acceptedStatus = await cards().nth(statusIndex).innerText();
  check(acceptedStatus !== statusText && acceptedStatus.includes('Accepted') && acceptedStatus.includes('Benoît Haddad accepted'),
    'the requester\'s status card changed in place after the accept and names the expert', acceptedStatus);
  check(await cards().count() === cardsBefore + 1, 'the accept added only the introduction: the status card was updated, not sent again');
  await cards().nth(statusIndex).scrollIntoViewIfNeeded();
  await shot(`${scenario.name}-status-accepted`);
}

await ctx.close();
console.log('e2e: every step passed');
