/**
 * Date-times of timeline steps, exactly as `formatDateTime` writes them
 * (`09:30 22/11/2026` in vi, Vietnam's time zone), but with one
 * `Intl.DateTimeFormat` per locale instead of one per call.
 *
 * Why: building a formatter costs about 0.3 ms, so a 200-step history spent
 * 60 ms formatting alone, four frames. A test keeps this identical to
 * `formatDateTime`; once `src/i18n/format.ts` caches its formatters this
 * module can go.
 */
import { VIETNAM_TIME_ZONE } from '../../i18n/format.js';
import { supportedOr } from '../../i18n/translator.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatStepTime(value: string, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    const language = supportedOr(locale).split('-')[0];
    formatter = new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : supportedOr(locale), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
      timeZone: VIETNAM_TIME_ZONE,
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(value));
}
