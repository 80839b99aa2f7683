import { OmfDataError, OmfLoadError, OmfLookupError, formatIssue, t, type Locale } from '@omf/sdk';

/** Thrown by an element's `renderData` when there is nothing to show for what was asked: the empty state. */
export class NoDataError extends Error {
  override readonly name = 'NoDataError';
}

/**
 * One precise sentence for the reader and the console: what failed and where (URL, line, field).
 */
export function describeError(error: unknown, context: { src?: string | undefined; locale: Locale }): string {
  const where = context.src ? ` (${context.src})` : '';
  if (error instanceof OmfLoadError) {
    return error.status
      ? t('error-http', context.locale, { url: error.url, status: error.status })
      : t('error-network', context.locale, { url: error.url, reason: error.message });
  }
  if (error instanceof OmfDataError) {
    const first = error.issues[0];
    const detail = first ? formatIssue(first) : error.message;
    const more = error.issues.length > 1 ? ` (+${error.issues.length - 1})` : '';
    return `${t('error-data', context.locale)} ${detail}${more}`;
  }
  if (error instanceof OmfLookupError) return `${error.message}${where}`;
  if (error instanceof Error) return `${error.message}${where}`;
  return `${String(error)}${where}`;
}
