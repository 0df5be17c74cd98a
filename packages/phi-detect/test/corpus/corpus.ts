/**
 * Loader for the labeled PHI corpora (dev.txt, holdout.txt). See README.md beside this file for
 * the format and the labeling guidelines.
 *
 * A corpus file is a sequence of messages, each introduced by a header line `=== <id> <tags...>`.
 * PHI is marked inline as `{{CATEGORY:value}}`; the loader strips the markup and records where
 * each value sits in the stripped text (UTF-16 offsets, so `text.slice(start, end) === value`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isPhiCategory } from '../../src/taxonomy.ts';

export interface LabeledSpan {
  category: string;
  start: number;
  end: number;
  value: string;
}

export interface LabeledMessage {
  id: string;
  tags: readonly string[];
  text: string;
  spans: readonly LabeledSpan[];
}

const HEADER_PREFIX = '===';
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const TAG_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const OPEN = '{{';
const CLOSE = '}}';

/** A message header plus the raw (still marked-up) lines of its body. */
interface RawMessage {
  id: string;
  tags: string[];
  headerLine: number;
  bodyLines: string[];
}

/**
 * Parses a corpus file. Throws an Error whose message starts with `fileName:line:` on a malformed
 * header, malformed or unclosed markup, an unknown category, a duplicate id, or a message whose
 * `phi`/`negative` tag disagrees with its markup.
 */
export function parseCorpus(source: string, fileName: string): LabeledMessage[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fail = (line: number, message: string): never => {
    throw new Error(`${fileName}:${line}: ${message}`);
  };

  const raw: RawMessage[] = [];
  let current: RawMessage | undefined;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.startsWith(HEADER_PREFIX)) {
      current = parseHeader(line, lineNo, fail);
      raw.push(current);
    } else if (current) {
      current.bodyLines.push(line);
    } else if (line.trim() !== '' && !line.startsWith('#')) {
      fail(lineNo, 'text before the first "=== <id> <tags>" header (comments must start with #)');
    }
  });

  const seen = new Map<string, number>();
  const messages: LabeledMessage[] = [];
  for (const message of raw) {
    const previous = seen.get(message.id);
    if (previous !== undefined) {
      fail(message.headerLine, `duplicate id "${message.id}" (first used on line ${previous})`);
    }
    seen.set(message.id, message.headerLine);
    messages.push(parseBody(message, fail));
  }
  return messages;
}

function parseHeader(
  line: string,
  lineNo: number,
  fail: (line: number, message: string) => never,
): RawMessage {
  if (!/^===\s/.test(line)) {
    fail(lineNo, `malformed header "${line}": expected "=== <id> <tags>"`);
  }
  const [id, ...tags] = line.slice(HEADER_PREFIX.length).trim().split(/\s+/);
  if (id === undefined || id === '') {
    return fail(lineNo, 'header has no message id');
  }
  if (!ID_PATTERN.test(id)) {
    fail(lineNo, `malformed message id "${id}"`);
  }
  for (const tag of tags) {
    if (!TAG_PATTERN.test(tag)) fail(lineNo, `malformed tag "${tag}" on message "${id}"`);
  }
  if (new Set(tags).size !== tags.length) fail(lineNo, `repeated tag on message "${id}"`);
  const kinds = tags.filter((tag) => tag === 'phi' || tag === 'negative');
  if (kinds.length !== 1) {
    fail(lineNo, `message "${id}" must be tagged exactly one of "phi" or "negative"`);
  }
  return { id, tags, headerLine: lineNo, bodyLines: [] };
}

function parseBody(
  message: RawMessage,
  fail: (line: number, message: string) => never,
): LabeledMessage {
  // The body is everything up to the next header, minus trailing newlines.
  const body = message.bodyLines.join('\n').replace(/\n+$/, '');
  const firstLine = message.headerLine + 1;
  const lineAt = (offset: number): number => {
    let line = firstLine;
    for (let i = 0; i < offset; i++) if (body.charCodeAt(i) === 10) line++;
    return line;
  };

  let text = '';
  const spans: LabeledSpan[] = [];
  let pos = 0;
  for (;;) {
    const open = body.indexOf(OPEN, pos);
    const segment = open === -1 ? body.slice(pos) : body.slice(pos, open);
    const strayClose = segment.indexOf(CLOSE);
    if (strayClose !== -1)
      fail(lineAt(pos + strayClose), `"${CLOSE}" without a matching "${OPEN}"`);
    text += segment;
    if (open === -1) break;

    const colon = body.indexOf(':', open);
    const close = body.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) fail(lineAt(open), `unclosed "${OPEN}" (no "${CLOSE}" follows)`);
    if (colon === -1 || colon > close) {
      fail(lineAt(open), `malformed markup: expected "${OPEN}CATEGORY:value${CLOSE}"`);
    }
    const category = body.slice(open + OPEN.length, colon);
    if (!/^[A-Z0-9_]+$/.test(category)) {
      fail(lineAt(open), `malformed markup: bad category name "${category}"`);
    }
    if (!isPhiCategory(category)) fail(lineAt(open), `unknown category "${category}"`);
    const value = body.slice(colon + 1, close);
    if (value.includes(OPEN)) fail(lineAt(open), `nested or unclosed "${OPEN}" inside a value`);
    if (value === '') fail(lineAt(open), `empty value for ${category}`);
    if (value.trim() !== value) {
      fail(lineAt(open), `value for ${category} has leading or trailing whitespace`);
    }
    spans.push({ category, start: text.length, end: text.length + value.length, value });
    text += value;
    pos = close + CLOSE.length;
  }

  if (message.tags.includes('negative') && spans.length > 0) {
    fail(message.headerLine, `message "${message.id}" is tagged negative but contains markup`);
  }
  if (message.tags.includes('phi') && spans.length === 0) {
    fail(message.headerLine, `message "${message.id}" is tagged phi but has no labeled spans`);
  }
  if (text.trim() === '') fail(message.headerLine, `message "${message.id}" is empty`);
  return { id: message.id, tags: message.tags, text, spans };
}

/** Reads and parses `dev.txt` or `holdout.txt` from this directory. */
export function loadCorpus(name: 'dev' | 'holdout'): LabeledMessage[] {
  const path = fileURLToPath(new URL(`./${name}.txt`, import.meta.url));
  return parseCorpus(readFileSync(path, 'utf8'), path);
}
