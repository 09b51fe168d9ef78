import { escapeText, foldLine, missionCalendar, nextDay } from './missionCalendar';

const event = {
  applicationId: '0123456789abcdef01234567',
  startDate: '2027-03-29',
  endDate: '2027-03-31',
  sequence: 1,
  summary: 'Mission: formation en radiologie, CHU Fès',
  location: 'CHU Hassan II; Fès',
  description: 'Objectifs:\nformer 12 techniciens',
  now: new Date('2027-02-01T10:20:30.456Z'),
  domain: 'kafaat.example',
};

describe('missionCalendar', () => {
  it('writes one all-day event whose exclusive end is the day after the last mission day, with CRLF lines', () => {
    const ics = missionCalendar(event);
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Kafaat//Missions//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:mission-0123456789abcdef01234567@kafaat.example',
      'DTSTAMP:20270201T102030Z',
      'SEQUENCE:1',
      'DTSTART;VALUE=DATE:20270329',
      'DTEND;VALUE=DATE:20270401',
      'SUMMARY:Mission: formation en radiologie\\, CHU Fès',
      'LOCATION:CHU Hassan II\\; Fès',
      'DESCRIPTION:Objectifs:\\nformer 12 techniciens',
      'TRANSP:OPAQUE',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('rolls the end over months and leap days', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2027-12-31')).toBe('2028-01-01');
  });

  it('escapes backslashes before the characters that get one', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds long lines at 75 octets without cutting an Arabic letter in half', () => {
    const line = `SUMMARY:${'مهمة نقل الكفاءات '.repeat(8)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const [i, part] of folded.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});
