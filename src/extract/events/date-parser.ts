// chrono-node's casual English parser, with a cheap pre-test in front of its costliest patterns. chrono
// runs every one of its parsers' patterns over every window; a few of them are long alternations of
// number words and time units tried at every word boundary (the "ago" and "later" patterns alone take
// about two thirds of the pattern time on our windows), yet each needs a literal word that most windows
// lack ("ago", "later", a month name). A parser whose word is absent from the window cannot match, so
// skipping it leaves the results as they were: same parsers, same order, same refiners.
import { Chrono, casual, type Parser, type ParsingContext } from 'chrono-node';

// chrono's time-unit phrases ("3 days", "a couple of weeks") as its English dictionaries spell them; a test
// checks these lists against chrono's own. Any unit phrase ends with a number word or digit (or "a", "an",
// "the", "few", "several", "half", "couple", "of"), a few spaces, then a unit.
const NUMBER_ENDS = '[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|the|few|several|half|couple|of';
export const TIME_UNITS = ['s', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour',
  'hours', 'd', 'day', 'days', 'w', 'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'y',
  'yr', 'year', 'years'];
/** "(number) (unit) (one of `words`)": the end of every match of a pattern "(units) (words)". */
const unitsThen = (words: string): RegExp =>
  new RegExp(`(?:${NUMBER_ENDS})\\s{0,5}(?:${TIME_UNITS.join('|')})\\s{0,5}(?:${words})`, 'i');

// For each parser (by class name), patterns every match of the parser contains: the literal alternation
// its own pattern requires, with its own case-insensitive flag, tried first because it is cheap; for the
// two costliest, then the unit phrase before it. Parsers not named here always run.
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const AGO = 'ago|before|earlier';
const LATER = 'later|after|from now|henceforth|forward|out';
const NEEDS = new Map<string, RegExp[]>([
  // "(units) (ago|before|earlier)"
  ['ENTimeUnitAgoFormatParser', [new RegExp(AGO, 'i'), unitsThen(AGO)]],
  // "(units) (later|after|from now|henceforth|forward|out)"
  ['ENTimeUnitLaterFormatParser', [new RegExp(LATER, 'i'), unitsThen(LATER)]],
  // "(within|in|for) (units)"
  ['ENTimeUnitWithinFormatParser', [/within|in|for/i]],
  // "(this|last|past|next|after|+|-) (units)"
  ['ENTimeUnitCasualRelativeFormatParser', [/this|last|past|next|after|\+|-/i]],
  // "(this|last|past|next|after this) (unit)"
  ['ENRelativeDateFormatParser', [/this|last|past|next|after/i]],
  // "(last day|end) of (the) month"
  ['ENEndOfCurrentMonthParser', [/month/i]],
  // every month pattern names a month, and every month name starts with its three-letter form
  ['ENMonthNameLittleEndianParser', [MONTH]],
  ['ENMonthNameMiddleEndianParser', [MONTH]],
  ['ENMonthNameParser', [MONTH]],
  ['ENYearMonthNameParser', [MONTH]],
  // a weekday's name (each starts with its three-letter form), "weekend" or "weekday"
  ['ENWeekdayParser', [/sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i]],
  // "now", "today", "tonight", "tomorrow", "overmorrow", "tmr(w)", "yesterday", "last night"
  ['ENCasualDateParser', [/now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i]],
  // "(this) morning", "afternoon", "evening", "night", "midnight", "midday", "noon"
  ['ENCasualTimeParser', [/morning|afternoon|evening|night|midnight|midday|noon/i]],
  // digits: "2025-03-11", "11/03/2025", "3/2025", "2025 03 11"
  ['ISOFormatParser', [/[0-9]{4}-[0-9]/]],
  ['SlashDateFormatParser', [/[0-9][/.-][0-9]/]],
  ['ENSlashMonthFormatParser', [/[0-9]\/[0-9]{4}/]],
  ['ENYearMonthDayParser', [/[0-9]{4}/]],
]);

/** Matches nothing, at once: sticky, so it is tried at position 0 only. */
const NEVER = /(?!)/y;

class Guarded implements Parser {
  constructor(private readonly inner: Parser, private readonly needs: RegExp[]) {}

  pattern(context: ParsingContext): RegExp {
    for (const need of this.needs) if (!need.test(context.text)) return NEVER;
    return this.inner.pattern(context);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ReturnType<Parser['extract']> {
    return this.inner.extract(context, match);
  }
}

/** Names of the parsers that get a pre-test (a test checks chrono still has them all). */
export const GUARDED_PARSERS = [...NEEDS.keys()];

/** chrono's casual parser with the pre-tests: parse() gives what chrono.parse() gives. */
export const dateParser: Chrono = new Chrono({
  parsers: casual.parsers.map((p) => {
    const need = NEEDS.get(p.constructor.name);
    return need ? new Guarded(p, need) : p;
  }),
  refiners: [...casual.refiners],
});
