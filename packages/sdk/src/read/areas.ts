/**
 * Which areas a reader keeps, declares or leaves out.
 *
 * @module
 */
import { builtInGeography } from '../geography/geography.js';

// GSS codes of England, Wales, Northern Ireland, the UK/GB groupings, the Channel Islands and the Isle of Man.
const OUTSIDE_SCOTLAND = /^[EWNKLM]\d{8}$/i;

/** True for a GSS code of a place outside Scotland (rows for these are skipped, not failed). */
export function isOutsideScotland(code: string): boolean {
  return OUTSIDE_SCOTLAND.test(code.trim());
}

/**
 * True when a label met in the data (a JSON-stat geo label, a SPARQL area label, a CSV
 * `area_name`) should declare this code as a new area: the built-in geography does not know it
 * and it is not a place outside Scotland.
 */
export function mayDeclareArea(code: string): boolean {
  return code.trim() !== '' && builtInGeography.resolve(code) === undefined && !isOutsideScotland(code);
}
