/**
 * The translator behind every message catalogue: a key's words in the locale, English when the
 * locale lacks them, with `{name}` placeholders filled. Each catalogue is a module of its own, so a
 * page downloads only the words its elements show (a page of cards needs none of the chart or plan words).
 *
 * @module
 */
import type { Locale } from '../geography/geography.js';
import { formatNumber } from './intl.js';

/** A catalogue: every key in English, and those translated so far in Gàidhlig. */
export interface Catalogue<Key extends string> {
  /** Every key's English words. */
  en: Readonly<Record<Key, string>>;
  /** Gàidhlig words; a missing key falls back to English. */
  gd: Readonly<Partial<Record<Key, string>>>;
}

/**
 * Returns a key's words in the locale (English fallback). `{name}` placeholders are filled from
 * `vars` (numbers formatted for the locale, a non-finite number reads "no data"); a placeholder
 * without a value is left as written.
 */
export type Translate<Key extends string> = (key: Key, locale?: Locale, vars?: Readonly<Record<string, string | number>>) => string;

/** The {@link Translate} function of one catalogue; `noData` words a non-finite number. */
export function translator<Key extends string>(catalogue: Catalogue<Key>, noData: (locale: Locale) => string): Translate<Key> {
  return (key, locale = 'en', vars) => {
    // A locale from outside the type (a page's `lang="fr"` passed through) reads English.
    const template = (catalogue[locale] as Catalogue<Key>["gd"] | undefined)?.[key] ?? catalogue.en[key];
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
      if (value === undefined) return placeholder;
      if (typeof value === 'string') return value;
      return Number.isFinite(value) ? formatNumber(value, locale) : noData(locale);
    });
  };
}
