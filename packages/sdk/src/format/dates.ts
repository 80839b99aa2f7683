/**
 * Calendar dates for "as of" defaults.
 *
 * @module
 */

/**
 * The calendar date of an instant where the code runs, as ISO `YYYY-MM-DD`: today for a reader in
 * Scotland just after midnight in summer time is today, not yesterday as `toISOString()` would say.
 */
export function localIsoDate(instant: Date): string {
  const pad = (number: number, width: number) => String(number).padStart(width, '0');
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`;
}
