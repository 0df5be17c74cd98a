/**
 * Java regular expressions (java.util.regex.Pattern, which Apex uses) to JavaScript RegExps with
 * the 'u' flag and the same meaning.
 *
 * Translated: literals and escapes, character classes (translate-class.ts), predefined classes
 * with Java's definitions (\s is [ \t\n\x0B\f\r]; '.' excludes Java's line terminators), POSIX and
 * Unicode \p{...}, greedy and lazy quantifiers, groups, named groups (?<name>...), backreferences
 * \n and \k<name>, lookahead and lookbehind, \Q...\E quoting, anchors ^ $ \A \z \Z \b \B with
 * Java's meaning of $ and \Z (end of input, or before a final line terminator), and the inline
 * flags (?i) and (?s) anywhere, scoped like Java's (until the enclosing group ends), also as
 * (?i:...). (?i) is Java's default ASCII-only case-insensitivity (see emit.ts).
 *
 * Not translated (UnsupportedError 'Java regex construct ...'): possessive quantifiers, atomic
 * groups (?>...), \G, \X, \N{...}, MULTILINE (?m), COMMENTS (?x), UNICODE_CASE (?u) and the
 * other flags, class unions and intersections, backreferences under (?i), and quantified
 * assertions, which JavaScript rejects.
 *
 * Known differences: a group inside a repeated group keeps its last capture in Java but is reset
 * on each repetition in JavaScript (for '(a(b)?)+' on 'aba', Java's group 2 is 'b', JavaScript's
 * is unset); \b uses ASCII word characters here, while Java's \b also treats non-ASCII letters
 * and digits as word characters.
 */
import {
  JAVA_HORIZONTAL_SPACE,
  JAVA_LINE_TERMINATORS,
  JAVA_SPACE,
  JAVA_VERTICAL_SPACE,
  literal,
} from './emit.ts';
import { propertyClass } from './properties.ts';
import { readCharEscape, PatternReader, unsupported } from './reader.ts';
import { readClass, readPropertyName } from './translate-class.ts';

export interface TranslatedPattern {
  /** The JavaScript source, to compile with the 'u' flag (plus 'g', 'y', 'd' as needed). */
  readonly source: string;
  /** Number of capturing groups (Matcher.groupCount()). */
  readonly groupCount: number;
  /** Named groups and their numbers. */
  readonly groupNames: ReadonlyMap<string, number>;
}

/** The JavaScript RegExp (flags 'u') equivalent to a Java pattern; String.replaceAll/split use it. */
export function translateJavaRegex(pattern: string): RegExp {
  return compileTranslated(translateJavaPattern(pattern), '', pattern);
}

/** Builds a RegExp from a translation; a construct JavaScript rejects fails as unsupported. */
export function compileTranslated(
  translated: TranslatedPattern,
  extraFlags: string,
  pattern: string,
): RegExp {
  try {
    return new RegExp(translated.source, `u${extraFlags}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw unsupported(`in '${pattern}' (${reason})`);
  }
}

export function translateJavaPattern(pattern: string): TranslatedPattern {
  // A first pass counts the groups, which decides how Java reads \10 and whether a
  // backreference is valid; the second pass translates.
  const counting = new Translator(pattern, Number.MAX_SAFE_INTEGER);
  counting.translate();
  const translator = new Translator(pattern, counting.groupCount);
  const source = translator.translate();
  return { source, groupCount: translator.groupCount, groupNames: translator.groupNames };
}

interface Flags {
  caseInsensitive: boolean;
  dotAll: boolean;
}

/** Java's non-MULTILINE '$' and '\Z': at the end, or before a line terminator that ends the input. */
const JAVA_END = '(?:$|(?=\\r\\n$)|(?<!\\r)(?=\\n$)|(?=[\\r\\u{85}\\u{2028}\\u{2029}]$))';

const ESCAPED_ATOMS: Record<string, string> = {
  d: '\\d',
  D: '\\D',
  w: '\\w',
  W: '\\W',
  s: `[${JAVA_SPACE}]`,
  S: `[^${JAVA_SPACE}]`,
  h: `[${JAVA_HORIZONTAL_SPACE}]`,
  H: `[^${JAVA_HORIZONTAL_SPACE}]`,
  v: `[${JAVA_VERTICAL_SPACE}]`,
  V: `[^${JAVA_VERTICAL_SPACE}]`,
  R: `(?:\\r\\n|[${JAVA_VERTICAL_SPACE}])`,
  b: '\\b',
  B: '\\B',
  A: '^',
  z: '$',
  Z: JAVA_END,
};

class Translator {
  private readonly reader: PatternReader;
  private flags: Flags = { caseInsensitive: false, dotAll: false };
  groupCount = 0;
  readonly groupNames = new Map<string, number>();

  constructor(
    private readonly pattern: string,
    private readonly totalGroups: number,
  ) {
    this.reader = new PatternReader(pattern);
  }

  translate(): string {
    const source = this.alternation();
    if (!this.reader.eof) throw unsupported(`unmatched ')' in '${this.pattern}'`);
    return source;
  }

  /** Alternatives up to an unmatched ')' or the end. */
  private alternation(): string {
    let source = '';
    while (!this.reader.eof && this.reader.peek() !== ')') {
      if (this.reader.accept('|')) source += '|';
      else source += this.term();
    }
    return source;
  }

  private term(): string {
    const atom = this.atom();
    if (atom.quantifiable) return atom.source + this.quantifier();
    if ('*+?{'.includes(this.reader.peek()) && this.reader.peek() !== '') {
      throw unsupported(`quantifier after ${atom.source || 'an inline flag'}`);
    }
    return atom.source;
  }

  private quantifier(): string {
    const reader = this.reader;
    let quantifier = '';
    const char = reader.peek();
    if (char === '*' || char === '+' || char === '?') {
      quantifier = reader.next();
    } else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.rest());
      if (!match) throw unsupported(`'{' that is not a quantifier`);
      reader.pos += Array.from(match[0]).length;
      quantifier = match[0];
    } else {
      return '';
    }
    if (reader.peek() === '+') throw unsupported(`possessive quantifier ${quantifier}+`);
    if (reader.accept('?')) quantifier += '?';
    return quantifier;
  }

  private rest(): string {
    let text = '';
    for (let i = 0; i < 64 && this.reader.peek(i) !== ''; i++) text += this.reader.peek(i);
    return text;
  }

  private atom(): { source: string; quantifiable: boolean } {
    const reader = this.reader;
    const char = reader.next();
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return { source: readClass(reader, this.flags.caseInsensitive), quantifiable: true };
      case '.':
        return {
          source: this.flags.dotAll ? '[\\s\\S]' : `[^${JAVA_LINE_TERMINATORS}]`,
          quantifiable: true,
        };
      case '^':
        return { source: '^', quantifiable: false };
      case '$':
        return { source: JAVA_END, quantifiable: false };
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
        throw unsupported(`dangling '${char}'`);
      default:
        return {
          source: literal(char.codePointAt(0) ?? 0, this.flags.caseInsensitive),
          quantifiable: true,
        };
    }
  }

  private escape(): { source: string; quantifiable: boolean } {
    const reader = this.reader;
    const letter = reader.peek();
    const mapped = ESCAPED_ATOMS[letter];
    if (mapped !== undefined) {
      reader.next();
      return { source: mapped, quantifiable: !'bBAzZ'.includes(letter) };
    }
    if (/[1-9]/.test(letter)) return this.backreference();
    if (letter === 'k') return this.namedBackreference();
    if (letter === 'p' || letter === 'P') return this.property(letter === 'P');
    if (letter === 'Q') return { source: this.quoted(), quantifiable: false };
    const cp = readCharEscape(reader);
    if (cp === undefined) throw unsupported(`\\${letter}`);
    return { source: literal(cp, this.flags.caseInsensitive), quantifiable: true };
  }

  /** \n: Java takes more digits only while the number names a group already opened. */
  private backreference(): { source: string; quantifiable: boolean } {
    if (this.flags.caseInsensitive) throw unsupported('backreference under (?i)');
    let number = Number(this.reader.next());
    while (/[0-9]/.test(this.reader.peek())) {
      const longer = number * 10 + Number(this.reader.peek());
      if (longer > this.groupCount) break;
      number = longer;
      this.reader.next();
    }
    if (number > this.totalGroups)
      throw unsupported(`backreference \\${number} to a missing group`);
    // Wrapped so a following literal digit is not read as part of the number.
    return { source: `(?:\\${number})`, quantifiable: true };
  }

  private namedBackreference(): { source: string; quantifiable: boolean } {
    if (this.flags.caseInsensitive) throw unsupported('backreference under (?i)');
    this.reader.next();
    const name = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.rest())?.[1];
    if (name === undefined || !this.groupNames.has(name))
      throw unsupported('\\k without a defined group name');
    this.reader.pos += name.length + 2;
    return { source: `\\k<${name}>`, quantifiable: true };
  }

  private property(negated: boolean): { source: string; quantifiable: boolean } {
    const name = readPropertyName(this.reader);
    const property = propertyClass(name, this.flags.caseInsensitive);
    const source =
      property.kind === 'unicode'
        ? `\\${negated ? 'P' : 'p'}{${property.body}}`
        : `[${negated ? '^' : ''}${property.contents}]`;
    return { source, quantifiable: true };
  }

  /** \Q...\E: every character up to \E (or the end) is literal. */
  private quoted(): string {
    const reader = this.reader;
    reader.next();
    let source = '';
    while (!reader.eof && !reader.accept('\\E')) {
      source += literal(reader.next().codePointAt(0) ?? 0, this.flags.caseInsensitive);
    }
    if ('*+?{'.includes(reader.peek()) && reader.peek() !== '') {
      throw unsupported('quantifier after \\Q...\\E');
    }
    return source;
  }

  private group(): { source: string; quantifiable: boolean } {
    const reader = this.reader;
    let opening: string;
    let lookaround: string | undefined;
    if (!reader.accept('?')) {
      this.groupCount++;
      opening = '(';
    } else if (reader.accept(':')) {
      opening = '(?:';
    } else if ((lookaround = ['=', '!', '<=', '<!'].find((marker) => reader.accept(marker)))) {
      opening = `(?${lookaround}`;
    } else if (reader.peek() === '<') {
      opening = this.namedGroupOpening();
    } else if (reader.peek() === '>') {
      throw unsupported('atomic group (?>...)');
    } else {
      return this.inlineFlags();
    }
    return this.groupBody(opening);
  }

  private namedGroupOpening(): string {
    const name = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.rest())?.[1];
    if (name === undefined) throw unsupported('group name that is not [a-zA-Z][a-zA-Z0-9]*');
    this.reader.pos += name.length + 2;
    this.groupCount++;
    this.groupNames.set(name, this.groupCount);
    return `(?<${name}>`;
  }

  /** The group's body; inline flags set inside it end with it. */
  private groupBody(opening: string): { source: string; quantifiable: boolean } {
    const outerFlags = this.flags;
    this.flags = { ...outerFlags };
    const body = this.alternation();
    this.flags = outerFlags;
    if (!this.reader.accept(')')) throw unsupported(`unclosed group in '${this.pattern}'`);
    return { source: `${opening}${body})`, quantifiable: true };
  }

  /** (?is-i) or (?i:...). */
  private inlineFlags(): { source: string; quantifiable: boolean } {
    const reader = this.reader;
    const spec = reader.readWhile(/[a-zA-Z-]/);
    const flags = { ...this.flags };
    let enable = true;
    for (const flag of spec) {
      if (flag === '-') enable = false;
      else if (flag === 'i') flags.caseInsensitive = enable;
      else if (flag === 's') flags.dotAll = enable;
      else throw unsupported(`inline flag (?${flag})`);
    }
    if (reader.accept(')')) {
      this.flags = flags;
      return { source: '', quantifiable: false };
    }
    if (!reader.accept(':')) throw unsupported(`'(?${spec}' that is not a flag group`);
    const outerFlags = this.flags;
    this.flags = flags;
    const result = this.groupBody('(?:');
    this.flags = outerFlags;
    return result;
  }
}
