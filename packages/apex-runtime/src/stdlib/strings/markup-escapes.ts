/**
 * escapeXml/unescapeXml, escapeHtml3/4 and unescapeHtml3/4 (Apache Commons Text entity tables) and
 * escapeCsv/unescapeCsv.
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_string.htm
 *
 * HTML 3 entities are the basic four plus ISO-8859-1. HTML 4 adds ~150 "extended" entities (Greek
 * letters, arrows, typographic punctuation) that are not tabulated here: escapeHtml4 refuses text
 * containing characters from those blocks, and unescapeHtml4 refuses entity names it does not know.
 */
import { UnsupportedError } from '../../values.ts';

const BASIC: [string, string][] = [
  ['quot', '"'],
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
];

/** Entity names for U+00A0 through U+00FF, in code point order. */
const ISO_8859_1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const HTML3: [string, string][] = [
  ...BASIC,
  ...ISO_8859_1_NAMES.map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
];

const XML: [string, string][] = [...BASIC, ['apos', "'"]];

/** Blocks holding the HTML 4 extended entities (OElig..fnof, circ/tilde, Greek, U+2002-U+2666). */
const HTML4_EXTENDED_BLOCKS = /[\u0152-\u0192\u02C6-\u02DC\u0391-\u03D2\u2002-\u2666]/;

function escapeWith(str: string, table: [string, string][]): string {
  const byChar = new Map(table.map(([name, char]) => [char, `&${name};`]));
  return Array.from(str, (char) => byChar.get(char) ?? char).join('');
}

const ENTITY = /&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g;

function unescapeWith(
  str: string,
  table: [string, string][],
  numeric: boolean,
  onUnknown: (entity: string) => string,
): string {
  const byName = new Map(table);
  return str.replace(ENTITY, (entity, body: string) => {
    if (body.startsWith('#')) {
      if (!numeric)
        throw new UnsupportedError('a numeric character reference in String.unescapeXml()');
      const codePoint = /^#[xX]/.test(body)
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return byName.get(body) ?? onUnknown(entity);
  });
}

const keepUnknown = (entity: string): string => entity;

export const escapeXml = (str: string): string => escapeWith(str, XML);
export const unescapeXml = (str: string): string => unescapeWith(str, XML, false, keepUnknown);
export const escapeHtml3 = (str: string): string => escapeWith(str, HTML3);
export const unescapeHtml3 = (str: string): string => unescapeWith(str, HTML3, true, keepUnknown);

export function escapeHtml4(str: string): string {
  if (HTML4_EXTENDED_BLOCKS.test(str)) {
    throw new UnsupportedError('String.escapeHtml4() of characters with HTML 4 extended entities');
  }
  return escapeWith(str, HTML3);
}

export function unescapeHtml4(str: string): string {
  return unescapeWith(str, HTML3, true, (entity) => {
    throw new UnsupportedError(`String.unescapeHtml4() of the entity ${entity}`);
  });
}

const CSV_SPECIAL = /[",\r\n]/;

/** Quotes a CSV column when it holds a comma, quote or line break, doubling inner quotes. */
export function escapeCsv(str: string): string {
  return CSV_SPECIAL.test(str) ? `"${str.replaceAll('"', '""')}"` : str;
}

/** Removes the quotes of a quoted column that needed them and undoubles inner quotes. */
export function unescapeCsv(str: string): string {
  if (str.length < 2 || !str.startsWith('"') || !str.endsWith('"')) return str;
  const inner = str.slice(1, -1);
  return CSV_SPECIAL.test(inner) ? inner.replaceAll('""', '"') : str;
}
