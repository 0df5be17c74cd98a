/**
 * Salesforce metadata XML as a small element tree that remembers where each element starts, so a
 * gate can say `file:line` for a bad reference. Malformed XML is reported with its position.
 */
import { readFileSync } from 'node:fs';
import sax from 'sax';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content directly inside this element, trimmed. */
  text: string;
  /** 1-based line of the element's start tag. */
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

export function parseXml(source: string): XmlElement {
  const parser = sax.parser(true, { position: true, trim: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: XmlSyntaxError | undefined;

  parser.onopentag = (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(
        Object.entries(tag.attributes).map(([key, value]) => [key, String(value)]),
      ),
      children: [],
      text: '',
      line: parser.line + 1,
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root)
      failure ??= new XmlSyntaxError(
        'more than one root element',
        parser.line + 1,
        parser.column + 1,
      );
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => {
    const element = stack.pop();
    if (element) element.text = element.text.trim();
  };
  const appendText = (text: string): void => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.ontext = appendText;
  parser.oncdata = appendText;
  parser.onerror = (error) => {
    // sax's message carries its own "Line/Column/Char" suffix; keep only the reason.
    failure ??= new XmlSyntaxError(
      error.message.split('\n')[0] ?? 'malformed XML',
      parser.line + 1,
      parser.column + 1,
    );
    parser.resume();
  };

  parser.write(source).close();
  if (failure) throw failure;
  if (!root) throw new XmlSyntaxError('no root element', 1, 1);
  return root;
}

export function parseXmlFile(file: string): XmlElement {
  return parseXml(readFileSync(file, 'utf8'));
}

/** Direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Text of the first direct child named `name`, or undefined. */
export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text;
}

/**
 * Parses `file`, or records a malformed-XML finding (rule `xml-syntax`, with line and column) in
 * `diagnostics` and returns undefined: the shared way gates read metadata they also vouch for.
 */
export function parseXmlFileOrReport(
  file: string,
  diagnostics: { file: string; line?: number; column?: number; message: string; rule: string }[],
): XmlElement | undefined {
  try {
    return parseXmlFile(file);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    diagnostics.push({
      file,
      line: error.line,
      column: error.column,
      message: `malformed XML: ${error.message}`,
      rule: 'xml-syntax',
    });
    return undefined;
  }
}
