/**
 * A confirmed mission as an iCalendar file (RFC 5545) that the expert and the officers import into their
 * calendars: one all-day event from the first to the last day (DTEND is exclusive, so the day after), a stable
 * UID per application and a SEQUENCE that grows with each confirmation, so a re-import replaces the event.
 * Lines end with CRLF, text is escaped and long lines are folded at 75 octets.
 */

export interface MissionCalendarEvent {
  applicationId: string;
  /** Inclusive calendar days, "YYYY-MM-DD". */
  startDate: string;
  endDate: string;
  sequence: number;
  summary: string;
  location: string;
  description: string;
  /** When this file is produced (DTSTAMP). */
  now: Date;
  /** Host name for the UID, e.g. the public URL's. */
  domain: string;
}

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = chunks.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

const basicDate = (isoDate: string) => isoDate.replace(/-/g, '');

/** The day after a "YYYY-MM-DD" date, in the same form. */
export function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function missionCalendar(event: MissionCalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kafaat//Missions//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:mission-${event.applicationId}@${event.domain}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART;VALUE=DATE:${basicDate(event.startDate)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(event.endDate))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
