#!/usr/bin/env node
// Renders Adaptive Cards to HTML in headless Chromium with Microsoft's own renderer (the same `adaptivecards` 3.0.6
// bundle validate.js uses), under a Teams-like host config (light theme, Segoe-like fonts), and fails on any render
// error: a card that is not valid JSON, a parse event (unknown element or action type, invalid value...) or a render
// that returns nothing. With --out, it saves an element screenshot <out>/<card name>.png of every card whose name does
// not start with "hostile-" (the hostile-data variants are rendered and checked, not kept, to keep the repository small).
//
// One browser, one page, served by a tiny HTTP server on 127.0.0.1; every request elsewhere is aborted.
// Chromium is Debian's /usr/bin/chromium driven by playwright-core; no browser is downloaded.
//
// Usage: node render.mjs [--out <folder>] <card.json | folder>...   (a folder means every *.json in it)
// Exit code 0 when every card renders, 1 when any does not, 2 on bad usage or no card found.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js');
const CHROMIUM = '/usr/bin/chromium';
const WIDTH = 420;

function usage(message) {
  console.error(`render.mjs: ${message}\nUsage: node render.mjs [--out <folder>] <card.json | folder>...`);
  process.exit(2);
}

const args = process.argv.slice(2);
let outDir = null;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') {
    outDir = args[++i] ?? usage('--out needs a folder');
  } else {
    inputs.push(args[i]);
  }
}
const files = [];
for (const arg of inputs) {
  if (fs.statSync(arg).isDirectory()) {
    for (const name of fs.readdirSync(arg).sort()) {
      if (name.endsWith('.json')) files.push(path.join(arg, name));
    }
  } else {
    files.push(arg);
  }
}
if (files.length === 0) usage('no card to render');
if (outDir) fs.mkdirSync(outDir, { recursive: true });

// Teams-like host config, light theme (values after the Teams web client's default theme).
const hostConfig = {
  fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', 'Liberation Sans', 'DejaVu Sans', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        dark: { default: '#252423', subtle: '#484644' },
        light: { default: '#FFFFFF', subtle: '#F3F2F1' },
        accent: { default: '#6264A7', subtle: '#8B8CC7' },
        good: { default: '#237B4B', subtle: '#4F9C6F' },
        warning: { default: '#C4314B', subtle: '#D36A7C' },
        attention: { default: '#C4314B', subtle: '#D36A7C' },
      },
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        accent: { default: '#6264A7', subtle: '#8B8CC7' },
        good: { default: '#237B4B', subtle: '#4F9C6F' },
        warning: { default: '#C4314B', subtle: '#D36A7C' },
        attention: { default: '#C4314B', subtle: '#D36A7C' },
      },
    },
    accent: { backgroundColor: '#E8EBFA' },
    good: { backgroundColor: '#E7F2DA' },
    warning: { backgroundColor: '#FBF6D9' },
    attention: { backgroundColor: '#FCF4F6' },
  },
  actions: {
    maxActions: 6, spacing: 'default', buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'stretch',
    showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
  },
  adaptiveCard: { allowCustomStyle: true },
  inputs: { label: { requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: {} }, errorMessage: {} },
  textBlock: { headingLevel: 2 },
};

const css = `
  body { margin: 0; padding: 8px; background: #F5F5F5; width: ${WIDTH - 16}px; }
  #card { background: #FFFFFF; border-radius: 4px; box-shadow: 0 1px 2px rgba(0,0,0,.14); overflow: hidden; }
  .ac-actionSet > div, .ac-actionSet { flex-wrap: wrap; row-gap: 8px; }
  .ac-pushButton { font: 600 14px ${hostConfig.fontFamily}; color: #242424; background: #FFFFFF; border: 1px solid #D1D1D1;
    border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .ac-pushButton.style-positive { background: #5B5FC7; color: #FFFFFF; border-color: #5B5FC7; }
  .ac-pushButton.style-destructive { color: #C4314B; }
  .ac-input { font: 14px ${hostConfig.fontFamily}; color: #242424; }
  .ac-textInput, .ac-numberInput, .ac-dateInput, .ac-timeInput, .ac-multichoiceInput { border: 1px solid #E0E0E0;
    border-bottom-color: #616161; border-radius: 4px; padding: 5px 8px; min-height: 32px; box-sizing: border-box; background: #FFFFFF; }
  .ac-textInput.ac-multiline { min-height: 64px; }
  .ac-input-validation-failed { border-color: #C4314B; }
`;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cards</title>
<style>${css}</style><script src="/adaptivecards.js"></script></head><body><div id="card"></div></body></html>`;

const server = http.createServer((req, res) => {
  if (req.url === '/' || req.url.startsWith('/?')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else if (req.url === '/adaptivecards.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(bundle));
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'card-render-'));
let context;
const tabs = {};
let failures = 0;
const started = Date.now();
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: WIDTH, height: 900 },
    deviceScaleFactor: 1,
  });
  // No network beyond the loopback server.
  await context.route('**/*', (route) => (route.request().url().startsWith(origin + '/') ? route.continue() : route.abort()));
  const pageErrors = [];
  // One tab per language, so dates and times in the French cards are formatted the French way, as Teams would.
  for (const [lang, locale] of [['en', 'en-US'], ['fr', 'fr-FR']]) {
    const tab = lang === 'en' ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
    const session = await context.newCDPSession(tab);
    await session.send('Emulation.setLocaleOverride', { locale });
    tab.on('pageerror', (error) => pageErrors.push(String(error)));
    await tab.goto(`${origin}/?lang=${lang}`);
    await tab.waitForFunction(() => typeof window.AdaptiveCards !== 'undefined');
    tabs[lang] = tab;
  }

  for (const file of files) {
    const name = path.basename(file, '.json');
    const tab = name.endsWith('.fr') ? tabs.fr : tabs.en;
    const problems = [];
    let card;
    try {
      card = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`not valid JSON: ${error.message}`);
    }
    if (card !== undefined) {
      pageErrors.length = 0;
      const result = await tab.evaluate(({ card, hostConfig }) => {
        const AC = window.AdaptiveCards;
        const problems = [];
        const adaptiveCard = new AC.AdaptiveCard();
        adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
        const context = new AC.SerializationContext(AC.Versions.v1_5);
        adaptiveCard.parse(card, context);
        for (let i = 0; i < context.eventCount; i++) {
          const event = context.getEventAt(i);
          problems.push(`parse: ${event.message}`);
        }
        const host = document.getElementById('card');
        host.replaceChildren();
        let rendered;
        try {
          rendered = adaptiveCard.render();
        } catch (error) {
          problems.push(`render threw: ${error}`);
        }
        if (!rendered) {
          problems.push('render returned nothing');
        } else {
          host.appendChild(rendered);
          if (host.getBoundingClientRect().height < 10) problems.push('rendered card is empty');
        }
        return problems;
      }, { card, hostConfig });
      problems.push(...result, ...pageErrors.map((e) => `page error: ${e}`));
    }
    if (problems.length > 0) {
      failures++;
      console.error(`FAIL ${file}`);
      for (const problem of problems) console.error(`  - ${problem}`);
      continue;
    }
    if (outDir && !name.startsWith('hostile-')) {
      const target = path.join(outDir, `${name}.png`);
      await tab.locator('#card').screenshot({ path: target, animations: 'disabled', caret: 'hide' });
      console.log(`ok   ${file} -> ${target} (${Math.round(fs.statSync(target).size / 1024)} KB)`);
    } else {
      console.log(`ok   ${file}`);
    }
  }
} finally {
  if (context) await context.close();
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures > 0) {
  console.error(`${failures} of ${files.length} card(s) failed to render (${seconds} s)`);
  process.exit(1);
}
console.log(`${files.length} card(s) rendered in Chromium (${seconds} s)`);
