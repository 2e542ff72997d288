// `{name}` / `{name, format}` templates. Formats:
//   number    a localized number                      {count, number}     -> 1,024
//   date      a localized date                        {used_at, date}     -> Jan 2, 2023
//   time      a localized time                        {used_at, time}     -> 3:04 AM
//   datetime  a localized date and time               {used_at, datetime} -> Jan 2, 2023, 3:04 AM
//   relative  the time from now, localized            {expired_at, relative} -> 5 minutes ago / in 15 minutes
//   minutes   whole minutes between now and a time    {expired_at, minutes} -> 5
// Dates may be RFC 3339 strings (as Kratos sends them), epoch milliseconds or Date objects.

export type PlaceholderFormat = 'number' | 'date' | 'time' | 'datetime' | 'relative' | 'minutes';

export interface InterpolateOptions {
  /** BCP 47 locale for numbers and dates (default 'en'). */
  locale?: string;
  /**
   * "Now" for `relative` and `minutes` (default: the current time), or a clock read only when such a
   * placeholder is formatted, so that rendering other text never reads the time.
   */
  now?: Date | (() => Date);
  /** IANA time zone for dates (default: the runtime's). */
  timeZone?: string;
  /** Throw on a missing or unusable value instead of leaving the placeholder as written (default false). */
  strict?: boolean;
}

const PLACEHOLDER = /\{\s*([A-Za-z_][\w.]*)\s*(?:,\s*([A-Za-z]+)\s*)?\}/g;
const FORMATS: ReadonlySet<string> = new Set<PlaceholderFormat>(['number', 'date', 'time', 'datetime', 'relative', 'minutes']);

/** The placeholders of a template, normalized as `name` or `name, format`, sorted and unique. */
export function placeholders(template: string): string[] {
  const found = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) found.add(m[2] ? `${m[1]}, ${m[2]}` : String(m[1]));
  return [...found].sort();
}

/** Fills a template's placeholders from `vars`. Never evaluates anything; unknown syntax stays text. */
export function interpolate(template: string, vars: Record<string, unknown> = {}, options: InterpolateOptions = {}): string {
  return template.replace(PLACEHOLDER, (match: string, name: string, format: string | undefined) => {
    try {
      return formatValue(lookup(vars, name), format, options);
    } catch (error) {
      if (options.strict) throw error;
      return match;
    }
  });
}

function lookup(vars: Record<string, unknown>, path: string): unknown {
  let value: unknown = vars;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) {
      throw new TypeError(`missing value for {${path}}`);
    }
    value = (value as Record<string, unknown>)[part];
  }
  if (value === undefined || value === null) throw new TypeError(`missing value for {${path}}`);
  return value;
}

function formatValue(value: unknown, format: string | undefined, options: InterpolateOptions): string {
  const locale = options.locale ?? 'en';
  if (format === undefined) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return dateTimeFormat(locale, 'datetime', options.timeZone).format(toDate(value));
    throw new TypeError('value is not text');
  }
  if (!FORMATS.has(format)) throw new TypeError(`unknown format "${format}"`);
  switch (format as PlaceholderFormat) {
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n)) throw new TypeError('value is not a number');
      return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
    }
    case 'date':
    case 'time':
    case 'datetime':
      return dateTimeFormat(locale, format as 'date' | 'time' | 'datetime', options.timeZone).format(toDate(value));
    case 'relative':
      return relativeTime(toDate(value).getTime() - nowOf(options).getTime(), locale);
    case 'minutes': {
      const minutes = Math.round(Math.abs(toDate(value).getTime() - nowOf(options).getTime()) / 60_000);
      return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(minutes);
    }
  }
}

function nowOf(options: InterpolateOptions): Date {
  return typeof options.now === 'function' ? options.now() : (options.now ?? new Date());
}

/** A date from an RFC 3339 string, epoch milliseconds or a Date; throws when it is not a valid time. */
export function toDate(value: unknown): Date {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) date = new Date(value);
  if (date === undefined || Number.isNaN(date.getTime())) throw new RangeError('value is not a date');
  return date;
}

/** `ms` from now as localized relative time ("5 minutes ago", "in 15 minutes"), in the largest unit that fits. */
export function relativeTime(ms: number, locale: string): string {
  const seconds = ms / 1000;
  const abs = Math.abs(seconds);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < 60 ? [seconds, 'second'] : abs < 3600 ? [seconds / 60, 'minute'] : abs < 86_400 ? [seconds / 3600, 'hour'] : [seconds / 86_400, 'day'];
  const rounded = Math.round(value);
  return cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'always' })).format(
    rounded === 0 ? (ms < 0 ? -0 : 0) : rounded,
    unit,
  );
}

function dateTimeFormat(locale: string, style: 'date' | 'time' | 'datetime', timeZone: string | undefined): Intl.DateTimeFormat {
  return cached(`d|${locale}|${style}|${timeZone ?? ''}`, () => {
    const options: Intl.DateTimeFormatOptions = style === 'date' ? { dateStyle: 'medium' } : style === 'time' ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
    if (timeZone !== undefined) options.timeZone = timeZone;
    return new Intl.DateTimeFormat(locale, options);
  });
}

const cache = new Map<string, unknown>();
function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    if (cache.size > 64) cache.clear();
    cache.set(key, value);
  }
  return value;
}
