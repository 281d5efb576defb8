import { clamp, createRandom, roundTo, sigmoid, type Random } from './seededRandom';
import { dayTable, withMissing, type Cell, type SyntheticTable } from './syntheticTable';

// `effect` is the region's or channel's shift in yearly revenue, in currency units.
const REGIONS = [
  {
    name: 'East China',
    weight: 20,
    effect: 40,
    cities: ['Shanghai', 'Hangzhou', 'Nanjing', 'Suzhou'],
  },
  { name: 'South China', weight: 15, effect: 25, cities: ['Guangzhou', 'Shenzhen', 'Xiamen'] },
  { name: 'North China', weight: 13, effect: 10, cities: ['Beijing', 'Tianjin', 'Jinan'] },
  {
    name: 'Western Europe',
    weight: 20,
    effect: 60,
    cities: ['Paris', 'Amsterdam', 'Brussels', 'Lyon'],
  },
  { name: 'Northern Europe', weight: 12, effect: 85, cities: ['Stockholm', 'Copenhagen', 'Oslo'] },
  {
    name: 'Southern Europe',
    weight: 20,
    effect: 0,
    cities: ['Madrid', 'Milan', 'Lisbon', 'Barcelona'],
  },
] as const;

const CHANNELS = [
  { name: 'organic', weight: 30, effect: 25, visitBoost: 4 },
  { name: 'paid_search', weight: 25, effect: 0, visitBoost: 1 },
  { name: 'social', weight: 20, effect: -15, visitBoost: 2 },
  { name: 'email', weight: 15, effect: 10, visitBoost: 0 },
  { name: 'referral', weight: 10, effect: 45, visitBoost: 1 },
] as const;

const GENDERS = [
  { name: 'female', weight: 49 },
  { name: 'male', weight: 48 },
  { name: 'other', weight: 3 },
] as const;

// Signups span 2022-01-01 .. 2024-12-31; tenure is counted up to 2025-01-01.
const SIGNUP_DAYS = dayTable('2022-01-01', 1096);
const DAYS_PER_MONTH = 30.44;

export const CUSTOMER_HEADERS = [
  'customer_id',
  'age',
  'gender',
  'region',
  'city',
  'channel',
  'signup_date',
  'tenure_months',
  'spend_tv',
  'spend_search',
  'spend_social',
  'web_visits',
  'email_open_rate',
  'discount_used',
  'loyalty_member',
  'satisfaction',
  'revenue',
  'churned',
] as const;

interface Spends {
  readonly tv: number;
  readonly search: number;
  readonly social: number;
}

function drawSpends(random: Random, channel: string): Spends {
  const lognormal = (mu: number, sigma: number): number =>
    roundTo(Math.exp(mu + sigma * random.normal()), 2);
  return {
    tv: lognormal(4.6, 0.8),
    search: lognormal(channel === 'paid_search' ? 4.7 : 4.1, 0.55),
    social: lognormal(channel === 'social' ? 4.7 : 3.8, 0.7),
  };
}

interface Customer {
  readonly region: (typeof REGIONS)[number];
  readonly channel: (typeof CHANNELS)[number];
  readonly dayIndex: number;
  readonly tenure: number;
  readonly spends: Spends;
  readonly visits: number;
  readonly openRate: number;
  readonly discount: boolean;
  readonly satisfaction: number;
  readonly loyal: boolean;
}

/** Who the customer is and how they behave; the targets below are computed from these. */
function drawCustomer(random: Random): Customer {
  const region = random.weighted(REGIONS);
  const channel = random.weighted(CHANNELS);
  const dayIndex = random.int(0, SIGNUP_DAYS.length - 1);
  const tenure = Math.floor((SIGNUP_DAYS.length - dayIndex) / DAYS_PER_MONTH);
  const spends = drawSpends(random, channel.name);
  const visitRate = 3 + 0.2 * tenure + channel.visitBoost;
  const visits = Math.max(0, Math.round(visitRate * Math.exp(0.5 * random.normal() - 0.1)));
  const emailShift = channel.name === 'email' ? 0.4 : -0.9;
  const openRate = roundTo(sigmoid(0.8 * random.normal() + emailShift), 3);
  const paid = channel.name === 'paid_search' || channel.name === 'social';
  const discount = random.chance(paid ? 0.45 : 0.3);
  const happier = (channel.name === 'referral' ? 0.4 : 0) - (discount ? 0.2 : 0);
  const satisfaction = clamp(Math.round(3.5 + happier + random.normal()), 1, 5);
  const loyal = random.chance(sigmoid(-1.6 + 0.06 * tenure + 0.35 * (satisfaction - 3)));
  return {
    region,
    channel,
    dayIndex,
    tenure,
    spends,
    visits,
    openRate,
    discount,
    satisfaction,
    loyal,
  };
}

/** Revenue: linear in most drivers, diminishing in TV, search x loyalty interaction, noisy. */
function revenueFor(random: Random, c: Customer): number {
  const value =
    80 +
    c.region.effect +
    c.channel.effect +
    1.2 * c.spends.search * (c.loyal ? 1.3 : 1) +
    90 * Math.log1p(c.spends.tv / 50) +
    0.9 * c.spends.social +
    4.5 * c.visits +
    5 * c.tenure -
    0.05 * c.tenure * c.tenure +
    22 * (c.satisfaction - 3) +
    120 * c.openRate -
    (c.discount ? 25 : 0) +
    50 * random.normal();
  return roundTo(Math.max(0, value), 2);
}

/** Churn (0/1) from a logistic model: long tenure, happiness, visits and loyalty keep customers. */
function churnFor(random: Random, c: Customer): 0 | 1 {
  const logOdds =
    0.9 -
    0.06 * c.tenure -
    0.7 * (c.satisfaction - 3) +
    (c.discount ? 0.8 : 0) -
    0.07 * c.visits -
    (c.loyal ? 0.5 : 0);
  return random.chance(sigmoid(logOdds)) ? 1 : 0;
}

/** The marketing sample: one row per customer with revenue and churn driven by the other columns. */
export function customerTable(seed: number): SyntheticTable {
  const random = createRandom(seed);
  const nextRow = (index: number): Cell[] => {
    const c = drawCustomer(random);
    const revenue = revenueFor(random, c);
    const churned = churnFor(random, c);
    const age = clamp(Math.round(38 + 11 * random.normal()), 18, 80);
    return [
      `C${String(index + 1).padStart(6, '0')}`,
      withMissing(random, age, 0.012, 0.004),
      random.weighted(GENDERS).name,
      c.region.name,
      withMissing(random, random.pick(c.region.cities), 0.01),
      c.channel.name,
      SIGNUP_DAYS[c.dayIndex] ?? null,
      c.tenure,
      c.spends.tv,
      c.spends.search,
      withMissing(random, c.spends.social, 0.006),
      c.visits,
      withMissing(random, c.openRate, 0.015),
      c.discount ? 'yes' : 'no',
      c.loyal,
      withMissing(random, c.satisfaction, 0.008, 0.004),
      revenue,
      churned,
    ];
  };
  return { headers: CUSTOMER_HEADERS, nextRow };
}
