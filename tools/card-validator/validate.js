#!/usr/bin/env node
// Validates Adaptive Cards with Microsoft's own object model (the `adaptivecards` package, the library behind the
// Adaptive Cards designer), as Teams would read them: parsed for schema version 1.5, then `validateProperties()`.
// Any parse or validation event fails the run: an unknown element or action type, an invalid property value, a
// duplicate input id, a required input without a label or error message...
//
// On top of the renderer, it checks Switchboard's own card contract, which the renderer cannot know:
//   - every card declares version 1.5 and the schema;
//   - every element and action type is one that exists in Adaptive Cards 1.5 (the renderer skips what it does not
//     know inside a fallback, so unknown types are looked up here in its registries wherever they appear);
//   - every Action.Execute has a verb, data carrying the same verb, and an Action.Submit fallback with the same
//     title and data (so clients without Universal Actions still work); no bare Action.Submit.
//
// Usage: node validate.js <card.json | folder>...   (a folder means every *.json in it)
// Exit code 0 when every card is valid, 1 when any is not, 2 on bad usage or no card found.
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');

// The library's browser bundle runs in Node as is: parsing and validation never touch the DOM.
const AC = require('adaptivecards/dist/adaptivecards.js');

const TARGET = AC.Versions.v1_5;
const EXPECTED_VERSION = '1.5';
const EXPECTED_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

// Types that are not in the element or action registries but are legal where they appear.
const STRUCTURAL_TYPES = new Set(['AdaptiveCard', 'TextRun']);

function collectFiles(args) {
  const files = [];
  for (const arg of args) {
    const stat = fs.statSync(arg);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(arg).sort()) {
        if (name.endsWith('.json')) {
          files.push(path.join(arg, name));
        }
      }
    } else {
      files.push(arg);
    }
  }
  return files;
}

function isSupported(registration) {
  const version = registration.schemaVersion;
  return version.major < TARGET.major || (version.major === TARGET.major && version.minor <= TARGET.minor);
}

function checkType(type, where, problems) {
  const registry = type.startsWith('Action.') ? AC.GlobalRegistry.actions : AC.GlobalRegistry.elements;
  if (STRUCTURAL_TYPES.has(type)) {
    return;
  }
  const registration = registry.findByName(type);
  if (!registration) {
    problems.push(`${where}: unknown ${type.startsWith('Action.') ? 'action' : 'element'} type "${type}"`);
  } else if (!isSupported(registration)) {
    problems.push(`${where}: "${type}" needs Adaptive Cards ${registration.schemaVersion.toString()}, above ${EXPECTED_VERSION}`);
  }
}

function checkExecute(action, where, problems) {
  if (typeof action.verb !== 'string' || action.verb.length === 0) {
    problems.push(`${where}: Action.Execute without a verb`);
  }
  const data = action.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(`${where}: Action.Execute without a data object`);
  } else if (data.verb !== action.verb) {
    problems.push(`${where}: Action.Execute data.verb "${data.verb}" differs from its verb "${action.verb}"`);
  }
  const fallback = action.fallback;
  if (!fallback || fallback.type !== 'Action.Submit') {
    problems.push(`${where}: Action.Execute without an Action.Submit fallback`);
  } else {
    if (!util.isDeepStrictEqual(fallback.data, data)) {
      problems.push(`${where}: the Action.Submit fallback carries different data`);
    }
    if (fallback.title !== action.title) {
      problems.push(`${where}: the Action.Submit fallback has a different title`);
    }
  }
}

// Walks the raw JSON, keeping track of whether a node is the fallback of an action.
function walk(node, where, problems, isFallback) {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${where}[${index}]`, problems, false));
    return;
  }
  if (node === null || typeof node !== 'object') {
    return;
  }
  if (typeof node.type === 'string') {
    checkType(node.type, where, problems);
    if (node.type === 'Action.Execute') {
      checkExecute(node, where, problems);
    } else if (node.type === 'Action.Submit' && !isFallback) {
      problems.push(`${where}: a bare Action.Submit; use Action.Execute with an Action.Submit fallback`);
    }
  }
  for (const [key, value] of Object.entries(node)) {
    // Action data is free-form: a "type" inside it is data, not an element.
    if (key === 'data' && typeof node.type === 'string' && node.type.startsWith('Action.')) {
      continue;
    }
    walk(value, `${where}.${key}`, problems, key === 'fallback');
  }
}

function describe(event) {
  const source = event.source && typeof event.source.getJsonTypeName === 'function' ? event.source.getJsonTypeName() : 'card';
  const name = AC.ValidationEvent[event.event] || String(event.event);
  return `${source}: ${name}: ${event.message}`;
}

function validateCard(json) {
  const problems = [];
  if (json === null || typeof json !== 'object' || json.type !== 'AdaptiveCard') {
    return ['not an AdaptiveCard'];
  }
  if (json.version !== EXPECTED_VERSION) {
    problems.push(`version is "${json.version}", expected "${EXPECTED_VERSION}"`);
  }
  if (json.$schema !== EXPECTED_SCHEMA) {
    problems.push(`$schema is "${json.$schema}", expected "${EXPECTED_SCHEMA}"`);
  }
  walk(json, '$', problems, false);

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(TARGET);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(`parse: ${describe(context.getEventAt(i))}`);
  }
  const results = card.validateProperties();
  for (const event of results.validationEvents) {
    problems.push(`validate: ${describe(event)}`);
  }
  return problems;
}

function main(args) {
  if (args.length === 0) {
    console.error('usage: node validate.js <card.json | folder>...');
    return 2;
  }
  const files = collectFiles(args);
  if (files.length === 0) {
    console.error(`no card found in ${args.join(' ')}`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let problems;
    try {
      problems = validateCard(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (error) {
      // A file that is not JSON is a failed card, reported with the parser's own words.
      problems = [`not JSON: ${error.message}`];
    }
    if (problems.length > 0) {
      failed++;
      console.error(`FAIL ${file}`);
      for (const problem of problems) {
        console.error(`  ${problem}`);
      }
    }
  }
  console.log(`${files.length - failed} of ${files.length} cards valid for Adaptive Cards ${EXPECTED_VERSION}`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
