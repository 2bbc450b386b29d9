import { yearOutOfRange } from '../../article/date-range';
import { InputRejected } from '../input-rejected';

const PREFIX = /^\s*date[ \t]+(\S*)/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The ` date YYYY-MM-DD` prefix every text article starts with, and the text after it (which may go on
 * on the same line, as in the seed). Rejects a missing prefix and impossible days: a date is never
 * shifted to a neighbouring day.
 */
export function readDatePrefix(text: string): { date: string; rest: string } {
  const match = PREFIX.exec(text);
  if (!match) throw new InputRejected(`no " date YYYY-MM-DD" prefix at the start (it begins "${opening(text)}")`);
  const written = match[1] ?? '';
  const day = ISO_DAY.exec(written);
  if (!day) throw new InputRejected(`the date prefix "${written}" is not written YYYY-MM-DD`);
  const outOfRange = yearOutOfRange(written);
  if (outOfRange) throw new InputRejected(`date ${written}: ${outOfRange}`);
  const [, year, month, dayOfMonth] = day.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12) throw new InputRejected(`impossible date ${written}: there is no month ${month}`);
  const days = daysInMonth(year, month);
  if (dayOfMonth < 1 || dayOfMonth > days) {
    throw new InputRejected(`impossible date ${written}: ${MONTHS[month - 1]} ${year} has ${days} days`);
  }
  return { date: written, rest: text.slice(match[0].length) };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function opening(text: string): string {
  const line = text.trimStart().split('\n', 1)[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
