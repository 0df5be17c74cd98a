/**
 * Writes Apex source line by line with indentation and ApexDoc comments. The text is formatted
 * by prettier afterwards (format.ts), so the writer only has to produce valid, readable Apex.
 */

/** Width ApexDoc comments are wrapped to (the repository's comment width). */
const COMMENT_WIDTH = 100;

/** Text safe inside a block comment, on one line. */
export function commentText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '* /').trim();
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

export class ApexWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  private get indent(): string {
    return '  '.repeat(this.depth);
  }

  line(text = ''): this {
    this.lines.push(text === '' ? '' : `${this.indent}${text}`);
    return this;
  }

  /** `text {` and one level deeper. */
  open(text: string): this {
    this.line(`${text} {`);
    this.depth++;
    return this;
  }

  /** One level back and `}` (plus e.g. `;` or ` else {`). */
  close(suffix = ''): this {
    this.depth--;
    this.line(`}${suffix}`);
    return this;
  }

  /** A block with the given body. */
  block(head: string, body: () => void): this {
    this.open(head);
    body();
    return this.close();
  }

  /**
   * An ApexDoc comment: `@description` and then tags such as `@param name text`, wrapped. A
   * description alone that fits stays on one line, as in the hand-written classes.
   */
  doc(description: string, tags: string[] = []): this {
    const entries = [`@description ${commentText(description)}`, ...tags.map(commentText)];
    const oneLine = `/** ${entries[0] ?? ''} */`;
    if (entries.length === 1 && this.indent.length + oneLine.length <= COMMENT_WIDTH) {
      return this.line(oneLine);
    }
    this.line('/**');
    const width = COMMENT_WIDTH - this.indent.length - 3;
    for (const entry of entries) {
      for (const text of wrap(entry, width)) this.line(` * ${text}`);
    }
    return this.line(' */');
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
