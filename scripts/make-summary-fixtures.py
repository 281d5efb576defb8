"""Writes statsmodels / scikit-learn reference fixtures for the plain-language model summary.

Run: /usr/bin/python3 scripts/make-summary-fixtures.py
Needs Debian's python3-statsmodels (0.13.5), python3-sklearn (1.2.1), python3-pandas and numpy;
tests never need Python. Inputs are rounded before use, so each fixture holds exactly the rows
the reference saw; reference outputs are stored at full double precision.
Writes src/core/explain/summary/fixtures/{breusch-pagan,ols-influence,leakage}.json.
"""
import json
import math
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score
from statsmodels.stats.diagnostic import het_breuschpagan
from statsmodels.stats.outliers_influence import OLSInfluence

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'core', 'explain', 'summary', 'fixtures')


def plain(value):
    """JSON-safe copy: numpy to lists, non-finite numbers to None."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, np.ndarray, pd.Series)):
        return [plain(item) for item in value]
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    return value


def write(name, payload):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, 'w') as handle:
        json.dump(plain(payload), handle, separators=(',', ':'))
    print(f'{path}: {os.path.getsize(path) // 1024} KB')


def breusch_pagan_case(rng, n, spread_grows):
    """OLS of y on spend; the noise grows with spend when `spread_grows`."""
    spend = np.round(rng.uniform(1, 100, n), 3)
    sd = 0.5 + 0.2 * spend if spread_grows else np.full(n, 8.0)
    y = np.round(20 + 1.5 * spend + rng.normal(0, 1, n) * sd, 3)
    fit = sm.OLS(y, sm.add_constant(spend)).fit()
    fitted, residual = np.asarray(fit.fittedvalues), np.asarray(fit.resid)
    lm, lm_p, f, f_p = het_breuschpagan(residual, sm.add_constant(fitted))
    return {'fitted': fitted, 'residual': residual, 'lm': lm, 'lmPValue': lm_p}


def breusch_pagan(rng):
    write('breusch-pagan.json', {
        'source': 'statsmodels het_breuschpagan(resid, add_constant(fitted)), robust=True (Koenker)',
        'heteroscedastic': breusch_pagan_case(rng, 150, True),
        'homoscedastic': breusch_pagan_case(rng, 150, False),
    })


def influence_case(X, y):
    fit = sm.OLS(y, sm.add_constant(X, has_constant='add')).fit()
    influence = OLSInfluence(fit)
    hat = influence.hat_matrix_diag
    studentized = influence.resid_studentized_internal
    p = int(round(np.sum(hat)))
    flagged = np.where((hat > 2 * p / len(y)) & (np.abs(studentized) > 3))[0]
    return {
        'cols': X.shape[1], 'x': X.ravel(), 'y': y, 'residual': np.asarray(fit.resid),
        'hat': hat, 'studentized': studentized, 'rank': p, 'flagged': flagged,
    }


def ols_influence(rng):
    """Two spends and a planted far-out row with a wrong target; then a duplicated column."""
    n = 80
    tv = rng.uniform(0, 300, n)
    radio = rng.uniform(0, 50, n)
    tv[7], radio[7] = 900.0, 45.0
    y = 3 + 0.05 * tv + 0.2 * radio + rng.normal(0, 1.5, n)
    y[7] -= 30.0
    tv[31] = 620.0
    y[31] = 3 + 0.05 * tv[31] + 0.2 * radio[31] + 25.0
    X = np.round(np.column_stack([tv, radio]), 3)
    y = np.round(y, 3)
    aliased = np.column_stack([X, 2 * X[:, 0]])
    write('ols-influence.json', {
        'source': 'statsmodels OLSInfluence: hat_matrix_diag, resid_studentized_internal',
        'planted': influence_case(X, y),
        'aliased': influence_case(aliased, y),
    })


def adjusted_eta_squared(values, groups):
    """1 - (within SS / (n - k)) / (total SS / (n - 1)), at least 0."""
    frame = pd.DataFrame({'v': values, 'g': groups})
    n, k = len(frame), frame['g'].nunique()
    total = ((frame['v'] - frame['v'].mean()) ** 2).sum()
    within = frame.groupby('g')['v'].transform(lambda s: (s - s.mean()) ** 2).sum()
    if total == 0 or n <= k:
        return 0.0
    return max(0.0, 1 - (within / (n - k)) / (total / (n - 1)))


def credit(counts, actual):
    """Share of a correct guess when the most frequent classes tie (0 when there is none)."""
    if not counts or max(counts.values()) == 0:
        return None
    best = max(counts.values())
    winners = [c for c, count in counts.items() if count == best]
    return 1 / len(winners) if actual in winners else 0.0


def normalised_purity(levels, classes):
    """Leave-one-out accuracy of 'most frequent class of the row's level', scaled so the
    majority-class share scores 0 and a perfect lookup 1."""
    n = len(classes)
    overall = pd.Series(classes).value_counts().to_dict()
    by_level = {}
    for level, cls in zip(levels, classes):
        by_level.setdefault(level, {}).setdefault(cls, 0)
        by_level[level][cls] += 1
    correct = 0.0
    for level, cls in zip(levels, classes):
        others = dict(by_level[level])
        others[cls] -= 1
        share = credit(others, cls)
        if share is None:
            rest = dict(overall)
            rest[cls] -= 1
            share = credit(rest, cls)
        correct += share
    base = max(overall.values()) / n
    if base >= 1:
        return 0.0
    return min(1.0, max(0.0, (correct / n - base) / (1 - base)))


def leakage(rng):
    n = 160
    sales = np.round(rng.normal(100, 20, n), 3)
    honest = np.round(0.3 * sales + rng.normal(0, 15, n), 3)
    copy = np.round(sales + rng.normal(0, 0.5, n), 3)
    region = rng.choice(['north', 'south', 'east', 'west'], n)
    ticket = np.array([f'T{i}' for i in range(n)])
    churn = np.where(rng.uniform(0, 1, n) < 0.35, 'yes', 'no')
    refund = np.round(np.where(churn == 'yes', 1.0, 0.0) + rng.normal(0, 0.05, n), 4)
    status = np.where(churn == 'yes', 'closed', np.where(rng.uniform(0, 1, n) < 0.5, 'open', 'paused'))
    flag = (rng.uniform(0, 1, n) < 0.4).astype(float)
    tier = rng.choice(['bronze', 'silver', 'gold'], n, p=[0.5, 0.3, 0.2])
    tier_code = np.round(np.select([tier == 'bronze', tier == 'silver'], [0.0, 1.0], 2.0)
                         + rng.normal(0, 0.02, n), 4)
    segment = np.where(rng.uniform(0, 1, n) < np.where(churn == 'yes', 0.8, 0.2), 'A',
                       rng.choice(['B', 'C'], n))
    hint = np.where(rng.uniform(0, 1, n) < 0.7, tier, rng.choice(['bronze', 'silver', 'gold'], n))
    # Groups of three rows, mostly of one class: a 2-1 group makes leave-one-out guesses tie.
    order = np.argsort((churn == 'yes') + rng.normal(0, 0.4, n), kind='stable')
    triple = np.empty(n, dtype=object)
    triple[order] = [f'G{rank // 3}' for rank in range(n)]
    honest[[3, 40]] = np.nan
    copy[[5]] = np.nan
    region = region.astype(object)
    region[[9, 60]] = None
    rows = rng.permutation(n)[:120]
    frame = pd.DataFrame({
        'sales': sales, 'honest': honest, 'copy': copy, 'region': region, 'ticket': ticket,
        'churn': churn, 'refund': refund, 'status': status, 'flag': flag, 'tier': tier,
        'tierCode': tier_code, 'segment': segment, 'hint': hint,
        'triple': triple,
    })
    sub = frame.iloc[rows]

    def pair(feature, target):
        both = sub[[feature, target]].dropna()
        return both[feature].to_numpy(), both[target].to_numpy()

    def r2(feature):
        x, y = pair(feature, 'sales')
        return float(np.corrcoef(x, y)[0, 1] ** 2)

    def auc(feature):
        x, y = pair(feature, 'churn')
        a = roc_auc_score(y == 'yes', x)
        return max(a, 1 - a)

    def eta(feature, target):
        a, b = pair(feature, target)
        return adjusted_eta_squared(*((b, a) if target == 'sales' else (a, b)))

    def purity(feature, target):
        a, b = pair(feature, target)
        return normalised_purity(list(a), list(b))

    write('leakage.json', {
        'source': 'numpy corrcoef^2, sklearn roc_auc_score, pandas group sums; training rows only',
        'columns': {
            name: [None if (isinstance(v, float) and math.isnan(v)) else v for v in frame[name]]
            for name in frame.columns
        },
        'rows': rows,
        'regression': {
            'honest': r2('honest'), 'copy': r2('copy'), 'flag': r2('flag'),
            'region': eta('region', 'sales'), 'ticket': eta('ticket', 'sales'),
        },
        'binary': {
            'honest': auc('honest'), 'refund': auc('refund'), 'flag': auc('flag'),
            'status': purity('status', 'churn'), 'region': purity('region', 'churn'),
            'ticket': purity('ticket', 'churn'), 'segment': purity('segment', 'churn'),
            'triple': purity('triple', 'churn'),
        },
        'multiclass': {
            'tierCode': eta('tierCode', 'tier'), 'honest': eta('honest', 'tier'),
            'region': purity('region', 'tier'), 'hint': purity('hint', 'tier'),
            'triple': purity('triple', 'tier'),
        },
    })


def main():
    rng = np.random.default_rng(20240611)
    breusch_pagan(rng)
    ols_influence(rng)
    leakage(rng)


if __name__ == '__main__':
    main()
