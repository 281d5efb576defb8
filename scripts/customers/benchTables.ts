import { createRandom, roundTo, type Random } from './seededRandom';
import { dayTable, withMissing, type Cell, type SyntheticTable } from './syntheticTable';

type NumericColumn = readonly [header: string, draw: (random: Random, index: number) => number];

// 20 columns: integers of several magnitudes and decimals with 1..6 places, some negative.
const NUMERIC_COLUMNS: readonly NumericColumn[] = [
  ['row_id', (_, index) => index + 1],
  ['units', (r) => r.int(0, 500)],
  ['price', (r) => roundTo(5 + 95 * r.next(), 2)],
  ['revenue', (r) => roundTo(Math.exp(6 + r.normal()), 2)],
  ['cost', (r) => roundTo(Math.exp(5.5 + 0.8 * r.normal()), 2)],
  ['margin', (r) => roundTo(0.2 + 0.3 * r.normal(), 4)],
  ['visits', (r) => r.int(0, 120)],
  ['clicks', (r) => r.int(0, 5000)],
  ['impressions', (r) => r.int(1000, 2_000_000)],
  ['ctr', (r) => roundTo(0.002 + 0.05 * r.next(), 5)],
  ['cpc', (r) => roundTo(0.1 + 3 * r.next(), 3)],
  ['age', (r) => r.int(18, 80)],
  ['score', (r) => roundTo(r.normal(), 6)],
  ['latitude', (r) => roundTo(22 + 38 * r.next(), 6)],
  ['longitude', (r) => roundTo(-9 + 130 * r.next(), 6)],
  ['temperature', (r) => roundTo(12 + 10 * r.normal(), 1)],
  ['quantity', (r) => r.int(1, 24)],
  ['weight_kg', (r) => roundTo(0.05 + 20 * r.next(), 3)],
  ['discount_pct', (r) => roundTo(30 * r.next(), 2)],
  ['balance', (r) => roundTo(5000 * r.normal(), 2)],
];

/** Benchmark table of 20 numeric columns; two columns have ~0.5% empty cells. */
export function numericTable(seed: number): SyntheticTable {
  const random = createRandom(seed);
  const sometimesEmpty = NUMERIC_COLUMNS.map(
    ([header]) => header === 'revenue' || header === 'temperature',
  );
  return {
    headers: NUMERIC_COLUMNS.map(([header]) => header),
    nextRow: (index) =>
      NUMERIC_COLUMNS.map(([, draw], col) => {
        const value = draw(random, index);
        return sometimesEmpty[col] ? withMissing(random, value, 0.005) : value;
      }),
  };
}

const REGIONS = ['East China', 'South China', 'North China', 'Western Europe', 'Southern Europe'];
const CITIES = ['Shanghai', 'Shenzhen', 'Beijing', 'Paris', 'Madrid', 'Milan', 'Hangzhou', 'Lyon'];
const CHANNELS = ['organic', 'paid_search', 'social', 'email', 'referral'];
const PRODUCTS = ['tea', 'coffee', 'mug', 'kettle', 'grinder', 'filter', 'gift card', 'beans'];
const STREETS = ['Rue de Rivoli', 'Nanjing Road', 'Calle Mayor', 'Via Roma', 'Huaihai Road'];
const NOTES = [
  'Great product, fast delivery',
  'Asked for a refund, then changed mind',
  'Gift, wrap please',
  'He said "perfect", ordered again',
  'Late, but well packed',
  'Colour differs from photo; kept it anyway',
];
const ORDER_DAYS = dayTable('2023-01-01', 730);

function textCells(r: Random): Cell[] {
  const address = `${r.int(1, 250)} ${r.pick(STREETS)}, ${r.pick(CITIES)}`;
  return [address, withMissing(r, r.pick(NOTES), 0.3)];
}

/** Benchmark table of 20 columns mixing numbers, categories, dates, booleans and quoted text. */
export function mixedTable(seed: number): SyntheticTable {
  const random = createRandom(seed);
  const headers = [
    'order_id',
    'order_date',
    'customer_id',
    'region',
    'city',
    'channel',
    'product',
    'quantity',
    'unit_price',
    'amount',
    'discount_pct',
    'returning',
    'newsletter',
    'rating',
    'delivery_days',
    'shipped_at',
    'score',
    'currency',
    'address',
    'note',
  ];
  const nextRow = (index: number): Cell[] => {
    const r = random;
    const quantity = r.int(1, 12);
    const unitPrice = roundTo(2 + 60 * r.next(), 2);
    const day = r.int(0, ORDER_DAYS.length - 1);
    const shipped = new Date((ORDER_DAYS[day]?.getTime() ?? 0) + r.int(1, 5 * 86400) * 1000);
    return [
      index + 1,
      ORDER_DAYS[day] ?? null,
      `C${String(r.int(1, 250_000)).padStart(6, '0')}`,
      r.pick(REGIONS),
      r.pick(CITIES),
      r.pick(CHANNELS),
      r.pick(PRODUCTS),
      quantity,
      unitPrice,
      roundTo(quantity * unitPrice, 2),
      roundTo(r.chance(0.3) ? 25 * r.next() : 0, 2),
      r.chance(0.4),
      r.chance(0.5) ? 'yes' : 'no',
      withMissing(r, r.int(1, 5), 0.02),
      r.int(1, 14),
      shipped,
      roundTo(r.normal(), 4),
      r.chance(0.5) ? 'EUR' : 'CNY',
      ...textCells(r),
    ];
  };
  return { headers, nextRow };
}
