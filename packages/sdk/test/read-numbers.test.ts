/** Numbers written as text: the fast path for plain decimals reads exactly what `Number` reads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNumberText } from '../src/read/values.js';

// The rule as written before the fast path: plain decimals with an optional exponent, or thousands
// grouped with commas, then `Number`; the result must be finite.
function reference(text: string): number | undefined {
  const trimmed = text.trim();
  let digits: string | undefined;
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(trimmed)) digits = trimmed;
  else if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(trimmed)) digits = trimmed.replace(/,/g, '');
  if (digits === undefined) return undefined;
  const value = Number(digits);
  return Number.isFinite(value) ? value : undefined;
}

test('parseNumberText agrees with Number on decimals of any length, and refuses what it refused', () => {
  const characters = fc.constantFrom(...'0123456789.+-eE, x'.split(''));
  fc.assert(
    fc.property(fc.array(characters, { maxLength: 24 }).map((list) => list.join('')), (text) => Object.is(parseNumberText(text), reference(text))),
    { numRuns: 20_000 },
  );
  // Digits either side of the 15 a double holds exactly, with and without a sign.
  const decimal = fc
    .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{1,18}$/), fc.integer({ min: 0, max: 18 }))
    .map(([sign, digits, point]) => `${sign}${digits.slice(0, point)}.${digits.slice(point)}`.replace(/\.$/, ''));
  fc.assert(fc.property(decimal, (text) => Object.is(parseNumberText(text), reference(text))), { numRuns: 20_000 });
  // Past 15 digits the digits no longer make an exact integer: these must still read as Number reads them.
  const long = ['943.8939328983537', '838292387637.53304', '24281794356230.433', '9007199254740993', '1234567890123456.7'];
  for (const text of ['0.1', '-0', '+.5', '7.', '.', '-', '', ' 12 ', '1,234.5', '1e3', '123456789012345', '9'.repeat(400), ...long]) {
    assert.ok(Object.is(parseNumberText(text), reference(text)), text);
  }
  assert.equal(parseNumberText('12.34'), 12.34);
  assert.equal(parseNumberText('-0.1'), -0.1);
});
