import { describe, expect, it } from 'vitest';
import { moneyFigures, ratesStatedIn } from '../../src/lib/planner/money-figures';

const amounts = (text: string) => moneyFigures(text).map((figure) => `${figure.currency} ${figure.amount}`);

describe('money amounts in prose', () => {
  it.each([
    ['charge about $30 to $62 an hour', ['USD 30', 'USD 62']],
    ['£26 to £30 an hour, up from £21 to £25', ['GBP 26', 'GBP 30', 'GBP 21', 'GBP 25']],
    ['$5K to $15K a month', ['USD 5000', 'USD 15000']],
    ['$1.5m in yearly recurring revenue', ['USD 1500000']],
    ['$3 million to $5 million in revenue', ['USD 3000000', 'USD 5000000']],
    ['between $6,000 and $10,000 monthly', ['USD 6000', 'USD 10000']],
    ['from $30 to 62 an hour', ['USD 30', 'USD 62']],
    ['a £25-an-hour VA', ['GBP 25']],
    ['€1,200 a month', ['EUR 1200']],
    ['10 to 20 hours a week, 3 months', []],
    ['AU$95,000 to AU$150,000 a year, or AU$700 to AU$1,000 a day', ['AUD 95000', 'AUD 150000', 'AUD 700', 'AUD 1000']],
  ])('%s', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it('writes each amount as the page does, without the comma that follows it', () => {
    expect(moneyFigures('$103,047, against $54,953 for new PMs; AU$700, about AU$155,000.').map((f) => f.text)).toEqual(
      ['$103,047', '$54,953', 'AU$700', 'AU$155,000'],
    );
  });
});

describe('the rate entries a page states', () => {
  const rates = [
    { id: 'zippia', sources: ['zippia'], currency: 'USD', low: 30, high: 62 },
    { id: 'same-publisher', sources: ['page-a', 'page-b'], currency: 'USD', low: 5000, high: 15000 },
  ];

  it('needs both ends of the figure, in its currency, from a source the page cites', () => {
    expect(ratesStatedIn('about $30 to $62 an hour', ['zippia'], rates)).toEqual(['zippia']);
    expect(ratesStatedIn('about $30 to $62 an hour', ['someone-else'], rates)).toEqual([]);
    expect(ratesStatedIn('about $30 to $65 an hour', ['zippia'], rates)).toEqual([]);
    expect(ratesStatedIn('about £30 to £62 an hour', ['zippia'], rates)).toEqual([]);
  });

  it("counts any of the publisher's pages that give the figure", () => {
    expect(ratesStatedIn('$5K to $15K a month', ['page-b'], rates)).toEqual(['same-publisher']);
  });
});
