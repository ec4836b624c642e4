#!/usr/bin/env node
// Validates a Teams app package (the zip an administrator uploads, or a folder holding manifest.json
// and the files it names) the way Teams would refuse it, but offline: the manifest and its
// localisation files against the official JSON schemas shipped inside @microsoft/app-manifest, and the
// icons against the sizes and colours Teams requires. Prints one line per problem, exits 1 if any.
//
// Usage: node validate.js <package.zip | package-folder>
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { AppManifestUtils } = require("@microsoft/app-manifest");

const COLOR_ICON_SIZE = 192;
const OUTLINE_ICON_SIZE = 32;

// The package resolves schemas by URL and downloads any it does not ship. CI has no route to that
// host, and a schema fetched at run time would make the result depend on the day, so the validator
// only accepts a $schema the installed package ships and hands that file to the validation itself.
const SCHEMA_ROOT = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams",
);
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/v(\d+\.\d+)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/;

const problems = [];
function problem(where, message) {
  problems.push(`${where}: ${message}`);
}

function readJson(pkg, file) {
  const bytes = pkg.read(file);
  if (!bytes) {
    problem(file, "missing from the package");
    return undefined;
  }
  // Editors on Windows often save JSON with a byte order mark; it is not part of the content.
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    problem(file, `not valid JSON (${error.message})`);
    return undefined;
  }
}

function packagedSchema(file, schemaUrl, expectedName) {
  const match = typeof schemaUrl === "string" ? SCHEMA_URL.exec(schemaUrl) : null;
  if (!match || match[2] !== expectedName) {
    problem(file, `$schema must be the official ${expectedName} URL, found ${JSON.stringify(schemaUrl)}`);
    return undefined;
  }
  const schemaFile = path.join(SCHEMA_ROOT, `v${match[1]}`, expectedName);
  if (!fs.existsSync(schemaFile)) {
    problem(file, `schema version v${match[1]} is not shipped in @microsoft/app-manifest; pick one under ${SCHEMA_ROOT}`);
    return undefined;
  }
  // Some shipped schemas spell control characters as \a and \v, which JSON does not allow; the
  // package itself rewrites them the same way before parsing.
  const text = fs.readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  const schema = JSON.parse(text);
  return { version: match[1], schema: withUnicodeSafePatterns(schema) };
}

// Ajv compiles patterns with the "u" flag, under which a "]" outside a character class is a syntax
// error; some shipped schemas have one (the localisation schema's activityTypes keys, written as
// `\b]`), which makes the schema impossible to compile at all. Escaping such a bracket keeps exactly
// the meaning the pattern has without the flag (a literal "]"), so the official schema still decides.
function unicodeSafePattern(pattern) {
  try {
    new RegExp(pattern, "u");
    return pattern;
  } catch {
    let out = "";
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === "\\") {
        out += c + (pattern[i + 1] ?? "");
        i++;
      } else if (c === "[" && !inClass) {
        inClass = true;
        out += c;
      } else if (c === "]") {
        out += inClass ? c : "\\]";
        inClass = false;
      } else {
        out += c;
      }
    }
    new RegExp(out, "u"); // a pattern still invalid after that is reported as the schema's defect
    return out;
  }
}

function withUnicodeSafePatterns(node) {
  if (Array.isArray(node)) return node.map(withUnicodeSafePatterns);
  if (!node || typeof node !== "object") return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "pattern" && typeof value === "string") {
      copy[key] = unicodeSafePattern(value);
    } else if (key === "patternProperties" && value && typeof value === "object") {
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([p, sub]) => [unicodeSafePattern(p), withUnicodeSafePatterns(sub)]));
    } else {
      copy[key] = withUnicodeSafePatterns(value);
    }
  }
  return copy;
}

async function validateAgainst(file, document, schema) {
  const errors = await AppManifestUtils.validateAgainstSchema(document, schema);
  for (const error of errors) {
    problem(file, `schema: ${error}`);
  }
}

// Per-installation values are filled in by the host's package command; a placeholder left over means
// the package was built from the template by hand, or the template gained a parameter the command
// does not fill.
function findPlaceholders(file, value, where = "") {
  if (typeof value === "string") {
    if (/\{\{[^}]*\}\}/.test(value)) {
      problem(file, `unfilled placeholder at ${where || "/"}: ${value}`);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findPlaceholders(file, item, `${where}/${index}`));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      findPlaceholders(file, item, `${where}/${key}`);
    }
  }
}

// --- PNG decoding (8-bit, non-interlaced: what every icon editor writes for icons) -----------------

function decodePng(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(signature)) {
    throw new Error("not a PNG file");
  }
  let offset = 8;
  let header;
  let palette;
  let transparency;
  const data = [];
  while (offset + 8 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString("latin1", offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    offset += 12 + length;
    if (type === "IHDR") {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8],
        colorType: body[9],
        interlace: body[12],
      };
    } else if (type === "PLTE") {
      palette = body;
    } else if (type === "tRNS") {
      transparency = body;
    } else if (type === "IDAT") {
      data.push(body);
    } else if (type === "IEND") {
      break;
    }
  }
  if (!header) throw new Error("no IHDR chunk");
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[header.colorType];
  if (channels === undefined) throw new Error(`unknown PNG colour type ${header.colorType}`);
  if (header.bitDepth !== 8) throw new Error(`bit depth ${header.bitDepth} is not checked here; save the icon as 8-bit`);
  if (header.interlace !== 0) throw new Error("interlaced PNGs are not checked here; save the icon without interlacing");

  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = header.width * channels;
  if (raw.length < header.height * (stride + 1)) throw new Error("image data is shorter than its size says");
  const pixels = Buffer.alloc(header.width * header.height * 4);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? line[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      let add;
      switch (filter) {
        case 0: add = 0; break;
        case 1: add = left; break;
        case 2: add = up; break;
        case 3: add = (left + up) >> 1; break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default: throw new Error(`unknown PNG row filter ${filter}`);
      }
      line[i] = (line[i] + add) & 0xff;
    }
    for (let x = 0; x < header.width; x++) {
      const s = x * channels;
      const d = (y * header.width + x) * 4;
      let rgba;
      switch (header.colorType) {
        case 0: rgba = [line[s], line[s], line[s], 255]; break;
        case 2: rgba = [line[s], line[s + 1], line[s + 2], 255]; break;
        case 3: {
          const index = line[s];
          if (!palette || index * 3 + 2 >= palette.length) throw new Error("palette index out of range");
          const alpha = transparency && index < transparency.length ? transparency[index] : 255;
          rgba = [palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2], alpha];
          break;
        }
        case 4: rgba = [line[s], line[s], line[s], line[s + 1]]; break;
        default: rgba = [line[s], line[s + 1], line[s + 2], line[s + 3]]; break;
      }
      pixels.set(rgba, d);
    }
    previous = line;
  }
  return { width: header.width, height: header.height, pixels };
}

function readIcon(pkg, file, role) {
  if (typeof file !== "string") return undefined;
  const bytes = pkg.read(file);
  if (!bytes) {
    problem(file, `${role} icon missing from the package`);
    return undefined;
  }
  try {
    return decodePng(bytes);
  } catch (error) {
    problem(file, `${role} icon: ${error.message}`);
    return undefined;
  }
}

function checkIcons(pkg, icons) {
  if (!icons) return;
  const color = readIcon(pkg, icons.color, "colour");
  if (color && (color.width !== COLOR_ICON_SIZE || color.height !== COLOR_ICON_SIZE)) {
    problem(icons.color, `colour icon is ${color.width}x${color.height}, Teams requires ${COLOR_ICON_SIZE}x${COLOR_ICON_SIZE}`);
  }
  const outline = readIcon(pkg, icons.outline, "outline");
  if (!outline) return;
  if (outline.width !== OUTLINE_ICON_SIZE || outline.height !== OUTLINE_ICON_SIZE) {
    problem(icons.outline, `outline icon is ${outline.width}x${outline.height}, Teams requires ${OUTLINE_ICON_SIZE}x${OUTLINE_ICON_SIZE}`);
  }
  // Teams tints the outline icon itself, so it must be white on a transparent background: a pixel is
  // either fully transparent or white (any opacity, so anti-aliased edges stay allowed).
  let offending = 0;
  let firstOffender;
  let inked = 0;
  let transparent = 0;
  for (let i = 0; i < outline.pixels.length; i += 4) {
    const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
    if (a === 0) {
      transparent++;
    } else if (r === 255 && g === 255 && b === 255) {
      inked++;
    } else {
      offending++;
      if (firstOffender === undefined) {
        const pixel = i / 4;
        firstOffender = `(${pixel % outline.width}, ${Math.floor(pixel / outline.width)}) is rgba(${r}, ${g}, ${b}, ${a})`;
      }
    }
  }
  if (offending > 0) {
    problem(icons.outline, `outline icon must be white on transparent: ${offending} pixel(s) are neither, first ${firstOffender}`);
  }
  if (inked === 0) problem(icons.outline, "outline icon has no white pixel");
  if (transparent === 0) problem(icons.outline, "outline icon has no transparent pixel");
}

// --- localisation -------------------------------------------------------------------------------------

// The manifest strings a localisation file may translate, keyed the way localisation files name them.
function translatableStrings(manifest) {
  const strings = new Map();
  const add = (key, value) => {
    if (typeof value === "string") strings.set(key, value);
  };
  add("name.short", manifest.name?.short);
  add("name.full", manifest.name?.full);
  add("description.short", manifest.description?.short);
  add("description.full", manifest.description?.full);
  (manifest.staticTabs ?? []).forEach((tab, t) => add(`staticTabs[${t}].name`, tab.name));
  (manifest.bots ?? []).forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) =>
      (list.commands ?? []).forEach((command, c) => {
        add(`bots[${b}].commandLists[${l}].commands[${c}].title`, command.title);
        add(`bots[${b}].commandLists[${l}].commands[${c}].description`, command.description);
      })));
  return strings;
}

async function checkLocalisation(pkg, manifest, manifestVersion) {
  const info = manifest.localizationInfo;
  if (!info) return;
  const expected = translatableStrings(manifest);
  const files = [];
  if (info.defaultLanguageFile) files.push({ file: info.defaultLanguageFile, tag: info.defaultLanguageTag, isDefault: true });
  for (const language of info.additionalLanguages ?? []) files.push({ file: language.file, tag: language.languageTag, isDefault: false });

  for (const { file, tag, isDefault } of files) {
    const strings = readJson(pkg, file);
    if (!strings) continue;
    const schema = packagedSchema(file, strings.$schema, "MicrosoftTeams.Localization.schema.json");
    if (schema) {
      if (schema.version !== manifestVersion) {
        problem(file, `localisation schema v${schema.version} differs from the manifest's v${manifestVersion}`);
      }
      await validateAgainst(file, strings, schema.schema);
    }
    for (const key of Object.keys(strings)) {
      if (key !== "$schema" && key !== "localizationKeys" && !expected.has(key)) {
        problem(file, `"${key}" translates nothing in the manifest`);
      }
    }
    // A half-translated command list shows users two languages at once; every string must be there.
    for (const [key, value] of expected) {
      if (!(key in strings)) {
        problem(file, `no ${tag} text for "${key}"`);
      } else if (isDefault && strings[key] !== value) {
        problem(file, `"${key}" differs from the manifest, which holds the default language (${tag}): ${JSON.stringify(strings[key])} vs ${JSON.stringify(value)}`);
      }
    }
  }
}

// --- reading the package ------------------------------------------------------------------------------

// Reads a zip with Node's zlib alone (stored and deflated entries, as every zip tool writes). Teams
// reads the manifest and the files it names from the root of the zip, so an entry inside a folder is
// a problem, not something to look through.
function readZip(file) {
  const zip = fs.readFileSync(file);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(entry) !== 0x02014b50) throw new Error(`${file}: damaged central directory`);
    const method = zip.readUInt16LE(entry + 10);
    const compressedSize = zip.readUInt32LE(entry + 20);
    const nameLength = zip.readUInt16LE(entry + 28);
    const extraLength = zip.readUInt16LE(entry + 30);
    const commentLength = zip.readUInt16LE(entry + 32);
    const local = zip.readUInt32LE(entry + 42);
    const name = zip.toString("utf8", entry + 46, entry + 46 + nameLength);
    entry += 46 + nameLength + extraLength + commentLength;

    if (name.includes("/") || name.includes("\\")) {
      problem(file, `entry "${name}" is not at the root of the zip; Teams only reads files from the root`);
      continue;
    }
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${file}: damaged entry ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressedSize);
    if (method === 0) entries.set(name, Buffer.from(data));
    else if (method === 8) entries.set(name, zlib.inflateRawSync(data));
    else problem(file, `entry "${name}" uses compression method ${method}; use deflate or store`);
  }
  return { describe: file, read: (name) => entries.get(name) };
}

function readFolder(folder) {
  return {
    describe: folder,
    read: (name) => {
      const full = path.join(folder, name);
      return name === path.basename(name) && fs.existsSync(full) ? fs.readFileSync(full) : undefined;
    },
  };
}

async function main() {
  const target = process.argv[2];
  if (!target || process.argv.length > 3) {
    console.error("usage: node validate.js <package.zip | package-folder>");
    return 2;
  }
  if (!fs.existsSync(target)) {
    console.error(`validate.js: ${target} does not exist`);
    return 2;
  }
  const pkg = fs.statSync(target).isDirectory() ? readFolder(target) : readZip(target);

  const manifest = readJson(pkg, "manifest.json");
  if (manifest) {
    const schema = packagedSchema("manifest.json", manifest.$schema, "MicrosoftTeams.schema.json");
    if (schema) {
      if (manifest.manifestVersion !== schema.version) {
        problem("manifest.json", `manifestVersion ${JSON.stringify(manifest.manifestVersion)} differs from the $schema version ${schema.version}`);
      }
      await validateAgainst("manifest.json", manifest, schema.schema);
      await checkLocalisation(pkg, manifest, schema.version);
    }
    findPlaceholders("manifest.json", manifest);
    checkIcons(pkg, manifest.icons);
  }

  for (const line of problems) console.error(line);
  if (problems.length > 0) {
    console.error(`package ${pkg.describe} is invalid: ${problems.length} problem(s)`);
    return 1;
  }
  const languages = 1 + (manifest.localizationInfo?.additionalLanguages?.length ?? 0);
  console.log(`package ${pkg.describe} is valid: manifest v${manifest.manifestVersion}, icons, ${languages} language(s)`);
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    console.error(`validate.js failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  },
);
