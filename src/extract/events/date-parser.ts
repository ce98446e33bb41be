// chrono-node's casual English parser, with a cheap pre-test in front of its costliest patterns. chrono
// runs every one of its parsers' patterns over every window; a few of them are long alternations of
// number words and time units tried at every word boundary (the "ago" and "later" patterns alone take
// about two thirds of the pattern time on our windows), yet each needs a literal word that most windows
// lack ("ago", "later", a month name). A parser whose word is absent from the window cannot match, so
// skipping it leaves the results as they were: same parsers, same order, same refiners.
import { Chrono, casual, type Parser, type ParsingContext } from 'chrono-node';

// For each parser (by class name), a pattern every match of the parser contains: the literal alternation
// its own pattern requires, with its own case-insensitive flag. Parsers not named here always run.
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const NEEDS = new Map<string, RegExp>([
  // "(units) (ago|before|earlier)"
  ['ENTimeUnitAgoFormatParser', /ago|before|earlier/i],
  // "(units) (later|after|from now|henceforth|forward|out)"
  ['ENTimeUnitLaterFormatParser', /later|after|from now|henceforth|forward|out/i],
  // "(within|in|for) (units)"
  ['ENTimeUnitWithinFormatParser', /within|in|for/i],
  // "(this|last|past|next|after|+|-) (units)"
  ['ENTimeUnitCasualRelativeFormatParser', /this|last|past|next|after|\+|-/i],
  // "(this|last|past|next|after this) (unit)"
  ['ENRelativeDateFormatParser', /this|last|past|next|after/i],
  // "(last day|end) of (the) month"
  ['ENEndOfCurrentMonthParser', /month/i],
  // every month pattern names a month, and every month name starts with its three-letter form
  ['ENMonthNameLittleEndianParser', MONTH],
  ['ENMonthNameMiddleEndianParser', MONTH],
  ['ENMonthNameParser', MONTH],
  ['ENYearMonthNameParser', MONTH],
  // a weekday's name (each starts with its three-letter form), "weekend" or "weekday"
  ['ENWeekdayParser', /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i],
  // "now", "today", "tonight", "tomorrow", "overmorrow", "tmr(w)", "yesterday", "last night"
  ['ENCasualDateParser', /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i],
  // "(this) morning", "afternoon", "evening", "night", "midnight", "midday", "noon"
  ['ENCasualTimeParser', /morning|afternoon|evening|night|midnight|midday|noon/i],
  // digits: "2025-03-11", "11/03/2025", "3/2025", "2025 03 11"
  ['ISOFormatParser', /[0-9]{4}-[0-9]/],
  ['SlashDateFormatParser', /[0-9][/.-][0-9]/],
  ['ENSlashMonthFormatParser', /[0-9]\/[0-9]{4}/],
  ['ENYearMonthDayParser', /[0-9]{4}/],
]);

/** Matches nothing, at once: sticky, so it is tried at position 0 only. */
const NEVER = /(?!)/y;

class Guarded implements Parser {
  constructor(private readonly inner: Parser, private readonly need: RegExp) {}

  pattern(context: ParsingContext): RegExp {
    return this.need.test(context.text) ? this.inner.pattern(context) : NEVER;
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
