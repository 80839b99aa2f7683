import { html, nothing, type TemplateResult } from 'lit';
import { t, type Dataset, type Indicator, type Locale, type Source } from '@omf/sdk';

/** Only https (and http) URLs become links; anything else (javascript:, data:...) is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The source's name, a link when it has a safe URL (plain text needs no template of its own). */
function sourceName(source: Source): TemplateResult | string {
  const href = safeHref(source.url);
  return href ? html`<a href=${href}>${source.name}</a>` : source.name;
}

/** The "Source: ..." line under every widget, with the licence and an "illustrative" flag when so. */
export function sourceLine(dataset: Dataset, indicator: Indicator | undefined, locale: Locale): TemplateResult | typeof nothing {
  const source = indicator?.source ?? dataset.source;
  const illustrative = indicator?.illustrative
    ? html`<span class="illustrative">${t('illustrative', locale)}</span> `
    : nothing;
  if (!source) return illustrative === nothing ? nothing : html`<p part="source" class="source">${illustrative}</p>`;
  return html`<p part="source" class="source">
    ${illustrative}${t('source', locale)}: ${sourceName(source)}${source.licence ? ` (${source.licence})` : nothing}
  </p>`;
}
