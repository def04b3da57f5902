import { getCalendarRoute } from '../routes/get-calendar.js';
import type { Calendar } from '../schemas.js';
import type { ApiTransport, RequestOptions } from '../transport.js';
import { at } from './at.js';
import * as validators from '../validators.generated.js';

/** 1.1: the working calendar of a year (the current one in Vietnam when absent). */
export function getCalendar(client: ApiTransport, year?: number, options: RequestOptions = {}): Promise<Calendar> {
  return client.request({
    ...options,
    ...at(getCalendarRoute),
    query: { year },
    validator: validators.Calendar,
  });
}
