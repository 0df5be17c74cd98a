import type { ScanContext } from '../engine/scan-context.ts';
import type { ParsedDate } from '../recognizers/dates.ts';
import type { KnownIdentifier } from '../scan-types.ts';
import type { PhiCategory } from '../taxonomy.ts';
import { findAlnumKey, findWord } from './identifier-search.ts';
import { findKnownName } from './known-names.ts';
import { alnumKey, foldCase } from './normalize.ts';

const STREET_ABBREVIATIONS: Readonly<Record<string, string>> = {
  street: 'st',
  avenue: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  lane: 'ln',
  drive: 'dr',
  court: 'ct',
  place: 'pl',
  terrace: 'ter',
  circle: 'cir',
  highway: 'hwy',
  parkway: 'pkwy',
  square: 'sq',
  apartment: 'apt',
  suite: 'ste',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
};

/**
 * The record's own values, found in the text however they are written. Each category has the
 * comparison that fits it: names by their parts, dates by calendar value, addresses by house
 * number and street words, everything else by its letters and digits.
 */
export function findKnownIdentifiers(
  context: ScanContext,
  known: readonly KnownIdentifier[],
  dates: readonly ParsedDate[],
): void {
  for (const { category, value } of known) {
    if (value.trim().length < 2) continue;
    switch (category) {
      case 'PERSON_NAME':
        findKnownName(context, value);
        break;
      case 'DATE':
        findKnownDate(context, value, dates);
        break;
      case 'STREET_ADDRESS':
        findKnownStreet(context, value);
        break;
      case 'EMAIL':
      case 'URL':
        for (const hit of findWord(context.lower, value.trim().toLowerCase()))
          addKnown(context, category, hit);
        break;
      default:
        findKnownCode(context, category, value);
    }
  }
}

function addKnown(
  context: ScanContext,
  category: PhiCategory,
  hit: { start: number; end: number },
): void {
  const label = category.toLowerCase().replace(/_/g, ' ');
  context.add(
    category,
    hit.start,
    hit.end,
    `known.${category.toLowerCase()}`,
    0.99,
    `The record's own ${label}`,
  );
}

/** Codes and numbers: compared on letters and digits only (phones without the country code). */
function findKnownCode(context: ScanContext, category: PhiCategory, value: string): void {
  let key = alnumKey(value);
  if (category === 'PHONE' && key.length === 11 && key.startsWith('1')) key = key.slice(1);
  if (key.length < 4) return;
  for (const hit of findAlnumKey(context.text, key)) addKnown(context, category, hit);
}

function findKnownDate(context: ScanContext, value: string, dates: readonly ParsedDate[]): void {
  const target = parseKnownDate(value);
  if (!target) return;
  for (const date of dates) {
    if (date.month !== target.month || date.day !== target.day) continue;
    if (date.year !== undefined && date.year !== target.year) continue;
    addKnown(context, 'DATE', date);
  }
}

/** ISO (1962-03-14) or US (03/14/1962) dates, as Salesforce and people write them. */
function parseKnownDate(value: string): { year: number; month: number; day: number } | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value.trim());
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (us) return { year: Number(us[3]), month: Number(us[1]), day: Number(us[2]) };
  return undefined;
}

/** House number, then the street words in order, with suffixes compared in abbreviated form. */
function findKnownStreet(context: ScanContext, value: string): void {
  const streetLine = value.split(/[\n,]/)[0] ?? '';
  const words = normalizeStreetWords(streetLine);
  const houseNumber = words[0];
  if (!houseNumber || !/^\d/.test(houseNumber) || words.length < 2) return;
  for (const hit of findWord(context.lower, houseNumber)) {
    const following = context.lower.slice(hit.end, hit.end + streetLine.length + 20);
    const textWords = [...following.matchAll(/[\p{L}\p{N}]+/gu)].slice(0, words.length - 1);
    const normalized = textWords.map((m) => normalizeStreetWord(m[0]));
    let matched = 0;
    while (matched < normalized.length && normalized[matched] === words[matched + 1]) matched++;
    const lastMatch = textWords[matched - 1];
    if (matched >= Math.min(2, words.length - 1) && lastMatch) {
      addKnown(context, 'STREET_ADDRESS', {
        start: hit.start,
        end: hit.end + lastMatch.index + lastMatch[0].length,
      });
    }
  }
}

function normalizeStreetWords(line: string): string[] {
  return [...line.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => normalizeStreetWord(m[0]));
}

function normalizeStreetWord(word: string): string {
  const folded = foldCase(word);
  return STREET_ABBREVIATIONS[folded] ?? folded;
}
