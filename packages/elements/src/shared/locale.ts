import type { Locale } from '@omf/sdk';

/** The interface locale for a `lang` value: Gàidhlig for `gd` and its subtags (`gd-GB`), else English. */
export function localeOf(lang: string | null | undefined): Locale {
  return lang?.toLowerCase().startsWith('gd') ? 'gd' : 'en';
}
