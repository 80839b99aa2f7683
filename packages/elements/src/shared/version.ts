/**
 * The @omf/elements version, used to spot two different versions registered on one page.
 * Kept equal to package.json by `npm run version-packages` (scripts/sync-version.mjs), checked by a test.
 */
export const VERSION = '0.0.0';
