// The due list as an iCalendar file (RFC 5545), made with ical-generator: one all-day event per
// item on its day. Each event's UID is a hash of the practice, the check, the subject and the status
// it turns to, so importing a later run again updates the same events instead of adding copies (and
// a warning and the failure after it are two events).
import { createHash } from 'node:crypto';
import { sanitizeText } from '../report/sanitize.js';
import type { DueList } from './due.js';
import type { DueItem } from './items.js';
import { headline, locationWords, whenWords } from './words.js';

/** The stable UID of an item's event. */
export function eventUid(practice: string, item: Pick<DueItem, 'checkId' | 'subject' | 'status'>): string {
  const hash = createHash('sha256').update([practice, item.checkId, item.subject, item.status].join('\u0000')).digest('hex');
  return `${hash.slice(0, 40)}@hipaa-hero`;
}

/** Days from 2020-01-01 to the day the calendar was made: each run's SEQUENCE is at least the last one's. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1) / 86_400_000;

const dayStart = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

function description(item: DueItem): string {
  const where = locationWords(item);
  return [
    item.message,
    '',
    `Fix: ${item.fix}`,
    '',
    `Check: ${item.checkId} — ${item.title} (${item.severity}, ${item.obligation}); turns ${item.status} ${item.overdue ? `on ${item.date}, ${whenWords(item.days)}` : `on ${item.date}`} (was ${item.was}).`,
    ...(where ? [`Stack file: ${where}`] : []),
  ]
    .map((line) => sanitizeText(line, true))
    .join('\n');
}

/**
 * `stamp`: when the calendar was made (DTSTAMP); a run with --now passes that day, so that the same
 * inputs give the same bytes.
 */
export async function renderDueIcs(list: DueList, stamp: Date): Promise<string> {
  const { default: ical } = await import('ical-generator');
  const calendar = ical({
    name: sanitizeText(`HIPAA: what falls due at ${list.practice}`),
    prodId: { company: 'hipaa-hero', product: 'due', language: 'EN' },
  });
  for (const item of list.items) {
    const start = dayStart(item.date);
    calendar.createEvent({
      id: eventUid(list.practice, item),
      allDay: true,
      start,
      end: new Date(start.getTime() + 86_400_000),
      stamp,
      // A later run's events supersede an earlier run's, for calendars that go by SEQUENCE.
      sequence: Math.max(0, Math.floor(stamp.getTime() / 86_400_000) - SEQUENCE_EPOCH),
      summary: sanitizeText(`${headline(item)} — ${item.checkId}`),
      description: description(item),
      categories: [{ name: 'HIPAA' }, { name: item.overdue ? 'Overdue' : 'Coming due' }],
    });
  }
  return calendar.toString();
}
