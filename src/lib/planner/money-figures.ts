/**
 * Money amounts written in prose ("$30 to $62 an hour", "£26", "$5K to $15K", "$1.5m", "AU$700"),
 * with the currency of their symbol: "AU$" is Australian dollars, a bare "$" US dollars. The rates
 * consistency test reads every article and FAQ with this, and the pages use it to know which of
 * their figures the planner holds.
 */
import type { Currency } from '../schemas/rate';

export interface MoneyFigure {
  currency: Currency;
  amount: number;
  /** As written, e.g. "$10K". */
  text: string;
}

const symbols: Record<string, Currency> = { $: 'USD', '£': 'GBP', '€': 'EUR', AU$: 'AUD' };
const scale: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, billion: 1e9 };
/** Digits with thousands commas; a comma after the last digit ends the sentence's clause, not the amount. */
const number = String.raw`(\d(?:[\d,]*\d)?(?:\.\d+)?)(\s?(?:k|m|million|billion)\b)?`;
/** A symbol and an amount, and the bare second amount of a range ("$30 to 62") if there is one. */
const pattern = new RegExp(String.raw`((?<![A-Za-z])AU\$|[$£€])\s?${number}(?:(\s?(?:to|–)\s?)${number})?`, 'gi');

const value = (digits: string, suffix: string | undefined): number =>
  Number(digits.replace(/,/g, '')) * (suffix ? (scale[suffix.trim().toLowerCase()] ?? 1) : 1);

export function moneyFigures(text: string): MoneyFigure[] {
  const figures: MoneyFigure[] = [];
  for (const match of text.matchAll(pattern)) {
    const [, symbol = '$', digits = '', suffix, joiner, secondDigits, secondSuffix] = match;
    const currency = symbols[symbol.toUpperCase()] ?? 'USD';
    const first = `${symbol}${digits}${suffix ?? ''}`;
    figures.push({ currency, amount: value(digits, suffix), text: first });
    if (joiner && secondDigits) {
      figures.push({
        currency,
        amount: value(secondDigits, secondSuffix),
        text: `${symbol}${secondDigits}${secondSuffix ?? ''}`,
      });
    }
  }
  return figures;
}

/** A rate entry as the matching needs it. */
export interface RateAmounts {
  id: string;
  /** The entry's source and the other pages that give the same figure. */
  sources: string[];
  currency: string;
  low: number;
  high: number;
}

/** The rate entries whose figures a page states, from sources the page cites. */
export function ratesStatedIn(text: string, citedSources: readonly string[], rates: readonly RateAmounts[]): string[] {
  const figures = moneyFigures(text);
  const cited = new Set(citedSources);
  return rates
    .filter((rate) => rate.sources.some((source) => cited.has(source)))
    .filter((rate) =>
      [rate.low, rate.high].every((amount) =>
        figures.some((figure) => figure.currency === rate.currency && figure.amount === amount),
      ),
    )
    .map((rate) => rate.id);
}
