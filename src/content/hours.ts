/**
 * Open/closed status of a phone line, computed in Europe/Oslo time with Intl so that daylight
 * saving time and the visitor's own time zone never shift the answer. Pure: takes the moment.
 */
import type { OpeningHours } from './contacts.js';

export const OSLO_TIME_ZONE = 'Europe/Oslo';

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

let formatter: Intl.DateTimeFormat | undefined;

/** ISO weekday (1 = Monday) and minutes after midnight of `date` on the clock in Oslo. */
export function osloClock(date: Date): { weekday: number; minutes: number } {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO_TIME_ZONE,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  let weekday = 1;
  let hour = 0;
  let minute = 0;
  for (const part of formatter.formatToParts(date)) {
    if (part.type === 'weekday') weekday = WEEKDAYS[part.value] ?? 1;
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { weekday, minutes: hour * 60 + minute };
}

/** "09:30" → 570. */
export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export type HoursStatus =
  /** Answered round the clock. */
  | { kind: 'always' }
  /** Open now; closes at `closes` ("15:00") today. */
  | { kind: 'open'; closes: string }
  /** Closed now; opens on ISO weekday `day` at `opens`; `inDays` 0 = later today, 1 = tomorrow. */
  | { kind: 'closed'; day: number; opens: string; inDays: number }
  /** Not machine-checkable (hours given in words only). */
  | { kind: 'unknown' };

/** Whether the line is open at `now`, and when it next opens if not. */
export function hoursStatus(hours: OpeningHours | undefined, now: Date): HoursStatus {
  if (!hours || hours.kind === 'text') return { kind: 'unknown' };
  if (hours.kind === 'always') return { kind: 'always' };
  const { weekday, minutes } = osloClock(now);
  const opens = toMinutes(hours.opens);
  const closes = toMinutes(hours.closes);
  if (hours.days.includes(weekday) && minutes >= opens && minutes < closes) {
    return { kind: 'open', closes: hours.closes };
  }
  for (let inDays = 0; inDays <= 7; inDays++) {
    const day = ((weekday - 1 + inDays) % 7) + 1;
    if (!hours.days.includes(day)) continue;
    if (inDays === 0 && minutes >= opens) continue;
    return { kind: 'closed', day, opens: hours.opens, inDays };
  }
  return { kind: 'unknown' };
}
