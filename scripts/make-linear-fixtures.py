"""Writes statsmodels / scikit-learn / scipy reference fixtures for the linear models and p-values.

Run: /usr/bin/python3 scripts/make-linear-fixtures.py
Needs Debian's python3-statsmodels (0.13.5), python3-sklearn (1.2.1), python3-scipy,
python3-mpmath and numpy; tests never need Python. Inputs are rounded before fitting, so each
fixture holds exactly the rows the reference saw; reference outputs are stored at full double
precision. Distribution values come from scipy and, as ground truth, from 40-digit mpmath.
Writes src/core/models/linear/fixtures/*.json and src/core/stats/fixtures/distributions.json.
"""
import json
import math
import os
import warnings

import mpmath as mp
import numpy as np
import statsmodels.api as sm
from scipy import special, stats
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.preprocessing import StandardScaler
from statsmodels.stats.outliers_influence import variance_inflation_factor
from statsmodels.stats.stattools import durbin_watson

mp.mp.dps = 40
ROOT = os.path.join(os.path.dirname(__file__), '..', 'src', 'core')
LINEAR_OUT = os.path.join(ROOT, 'models', 'linear', 'fixtures')
STATS_OUT = os.path.join(ROOT, 'stats', 'fixtures')


def plain(value):
    """JSON-safe copy: numpy to lists, non-finite numbers to None."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [plain(item) for item in value]
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, (np.integer,)):
        return int(value)
    return value


def write(folder, name, payload):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    with open(path, 'w') as handle:
        json.dump(plain(payload), handle, separators=(',', ':'))
    print(f'{path}: {os.path.getsize(path) // 1024} KB')


def design(X):
    return sm.add_constant(X, has_constant='add')


def marketing_rows(rng, n):
    """Ad spends (thousands), site visits driven by them, and a three-level region one-hot."""
    tv = rng.uniform(5, 300, n)
    search = rng.gamma(2.0, 15.0, n)
    social = rng.uniform(0, 80, n)
    visits = 40 + 0.8 * search + 0.3 * social + rng.normal(0, 12, n)
    region = rng.integers(0, 3, n)
    north, south = (region == 1).astype(float), (region == 2).astype(float)
    X = np.column_stack([tv, search, social, visits, north, south])
    noise = rng.normal(0, 25, n)
    y = 120 + 0.9 * tv + 1.6 * search + 0.4 * social + 0.25 * visits + 30 * north - 12 * south + noise
    names = ['tv_spend', 'search_spend', 'social_spend', 'site_visits', 'region_north', 'region_south']
    return np.round(X, 3), np.round(y, 3), names


def ols_reference(X, y):
    exog = design(X)
    fit = sm.OLS(y, exog).fit()
    return {
        'params': fit.params, 'bse': fit.bse, 'tvalues': fit.tvalues, 'pvalues': fit.pvalues,
        'confInt': fit.conf_int(0.05), 'rsquared': fit.rsquared, 'rsquaredAdj': fit.rsquared_adj,
        'fvalue': fit.fvalue, 'fPvalue': fit.f_pvalue, 'aic': fit.aic, 'bic': fit.bic,
        'llf': fit.llf, 'ssr': fit.ssr, 'dfResid': fit.df_resid, 'dfModel': fit.df_model,
        'conditionNumber': fit.condition_number, 'durbinWatson': durbin_watson(fit.resid),
        'vif': [variance_inflation_factor(exog, j) for j in range(1, exog.shape[1])],
        'fitted': fit.fittedvalues,
    }


def ols_cases(rng):
    X, y, names = marketing_rows(rng, 240)
    write(LINEAR_OUT, 'ols-marketing.json',
          {'featureNames': names, 'x': X, 'y': y, 'statsmodels': ols_reference(X, y)})

    a, b, c = rng.normal(50, 10, 80), rng.normal(20, 5, 80), rng.uniform(0, 1, 80)
    total = a + b
    X = np.round(np.column_stack([a, b, total, c]), 4)
    X[:, 2] = X[:, 0] + X[:, 1]  # exactly the sum, after rounding
    y = np.round(3 + 0.5 * X[:, 0] - 0.2 * X[:, 1] + 4 * X[:, 3] + rng.normal(0, 1, 80), 4)
    full = sm.OLS(y, design(X)).fit()
    write(LINEAR_OUT, 'ols-collinear.json', {
        'featureNames': ['search_spend', 'social_spend', 'total_spend', 'promo_share'],
        'x': X, 'y': y, 'aliased': 'total_spend', 'aliasedWith': ['search_spend', 'social_spend'],
        'fullDesignFitted': full.fittedvalues, 'fullDesignRank': int(np.linalg.matrix_rank(design(X))),
        'reduced': ols_reference(X[:, [0, 1, 3]], y),
    })

    X = np.round(np.column_stack([rng.uniform(0, 10, 60), np.full(60, 7.5), rng.normal(0, 2, 60)]), 4)
    y = np.round(1 + 2 * X[:, 0] - X[:, 2] + rng.normal(0, 1, 60), 4)
    write(LINEAR_OUT, 'ols-constant.json', {
        'featureNames': ['discount', 'store_count', 'temperature'], 'x': X, 'y': y,
        'constant': 'store_count', 'reduced': ols_reference(X[:, [0, 2]], y),
    })


def longley_case():
    """NIST's Longley data: condition number ~5e9, the classic test of a least-squares solver."""
    data = sm.datasets.longley.load_pandas()
    X, y = data.exog.to_numpy(dtype=float), data.endog.to_numpy(dtype=float)
    write(LINEAR_OUT, 'ols-longley.json', {
        'featureNames': list(data.exog.columns), 'x': X, 'y': y, 'statsmodels': ols_reference(X, y),
    })


def ridge_cases(rng):
    X, y, names = marketing_rows(rng, 150)
    X[:, 3] = np.round(X[:, 1] * 1.02 + rng.normal(0, 1, 150), 3)  # visits nearly track search
    cases = []
    for alpha in (0.5, 40.0):
        raw = Ridge(alpha=alpha, solver='cholesky').fit(X, y)
        scaler = StandardScaler().fit(X)
        standard = Ridge(alpha=alpha, solver='cholesky').fit(scaler.transform(X), y)
        slopes = standard.coef_ / scaler.scale_
        cases.append({
            'alpha': alpha,
            'raw': {'coef': raw.coef_, 'intercept': raw.intercept_},
            'standardised': {'coef': slopes, 'intercept': standard.intercept_ - slopes @ scaler.mean_},
        })
    write(LINEAR_OUT, 'ridge.json', {'featureNames': names, 'x': X, 'y': y, 'cases': cases})


def newton_refine(X, Y, coef, intercept, inverse_c, steps=5):
    """Distance of an sklearn fit from the optimum: relative change after exact Newton steps."""
    theta = np.column_stack([intercept, coef]).ravel()
    k, p = coef.shape[0], X.shape[1] + 1
    Z = np.column_stack([np.ones(len(X)), X])
    penalty = np.tile(np.r_[0.0, np.full(p - 1, inverse_c)], k)
    for _ in range(steps):
        W = theta.reshape(k, p)
        eta = Z @ W.T
        if k == 1:
            prob = 1 / (1 + np.exp(-eta))
            G = Z.T @ (prob - Y) + (penalty.reshape(k, p) * W).T
            H = Z.T @ (Z * (prob * (1 - prob)))
            theta = theta - np.linalg.solve(H + np.diag(penalty), G.ravel())
            continue
        prob = np.exp(eta - eta.max(axis=1, keepdims=True))
        prob /= prob.sum(axis=1, keepdims=True)
        G = ((prob - Y).T @ Z + penalty.reshape(k, p) * W).ravel()
        H = np.zeros((k * p, k * p))
        for i in range(k):
            for j in range(k):
                weight = prob[:, i] * ((i == j) - prob[:, j])
                H[i * p:(i + 1) * p, j * p:(j + 1) * p] = Z.T @ (Z * weight[:, None])
        H += np.diag(penalty) + np.kron(np.ones((k, k)), np.diag(np.r_[1.0, np.zeros(p - 1)])) / k
        theta = theta - np.linalg.solve(H, G)
    refined = np.column_stack([intercept, coef]).ravel()
    return float(np.max(np.abs(theta - refined) / np.maximum(np.abs(theta), 1e-2)))


def sklearn_fit(X, y, C, solver):
    model = LogisticRegression(C=C, tol=1e-14, max_iter=100000, solver=solver).fit(X, y)
    k = model.coef_.shape[0]
    Y = (y == 1).astype(float)[:, None] if k == 1 else np.eye(k)[y]
    gap = newton_refine(X, Y, model.coef_, model.intercept_, 1 / C)
    print(f'  sklearn {solver} C={C}: relative distance to the optimum {gap:.1e}')
    return {'solver': solver, 'coef': model.coef_, 'intercept': model.intercept_,
            'probabilities': model.predict_proba(X[:10]), 'optimalityGap': gap}


def sklearn_logistic(X, y, C):
    """lbfgs as users run it, and a Newton solver of sklearn that reaches the optimum itself.

    sklearn's L-BFGS-B call stops on scipy's default objective-change test (ftol ~2.2e-9) whatever
    `tol` is, so its coefficients are only as close to the optimum as optimalityGap says.
    """
    exact_solver = 'newton-cholesky' if len(np.unique(y)) == 2 else 'newton-cg'
    return {'C': C, 'lbfgs': sklearn_fit(X, y, C, 'lbfgs'), 'exact': sklearn_fit(X, y, C, exact_solver)}


def logit_reference(model_class, X, y):
    fit = model_class(y, design(X)).fit(method='newton', maxiter=100, tol=1e-12, disp=0)
    return {
        'params': np.asarray(fit.params).T, 'bse': np.asarray(fit.bse).T,
        'pvalues': np.asarray(fit.pvalues).T, 'llf': fit.llf, 'llnull': fit.llnull,
        'prsquared': fit.prsquared, 'llrPvalue': fit.llr_pvalue, 'aic': fit.aic, 'bic': fit.bic,
        'probabilities': fit.predict(design(X)[:10]),
    }


def logistic_cases(rng):
    n = 300
    opens = rng.poisson(4, n).astype(float)
    days = rng.uniform(0, 60, n)
    spend = rng.gamma(3, 40, n)
    mobile = (rng.uniform(size=n) < 0.55).astype(float)
    X = np.round(np.column_stack([opens, days, spend, mobile]), 3)
    names = ['email_opens', 'days_since_visit', 'spend', 'mobile']
    eta = -0.8 + 0.35 * X[:, 0] - 0.04 * X[:, 1] + 0.006 * X[:, 2] - 0.5 * X[:, 3]
    y = (rng.uniform(size=n) < 1 / (1 + np.exp(-eta))).astype(int)
    print('binary logistic:')
    write(LINEAR_OUT, 'logit-binary.json', {
        'featureNames': names, 'x': X, 'y': y, 'statsmodels': logit_reference(sm.Logit, X, y),
        'sklearn': [sklearn_logistic(X, y, 1.0), sklearn_logistic(X, y, 0.05)],
    })

    X = np.round(np.column_stack([rng.normal(0, 1, n), rng.uniform(0, 5, n), rng.normal(10, 3, n)]), 4)
    logits = np.column_stack([np.zeros(n), 0.5 + 1.2 * X[:, 0] - 0.3 * X[:, 1],
                              -1 + 0.4 * X[:, 1] + 0.15 * X[:, 2] - 0.8 * X[:, 0]])
    prob = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    y = np.array([rng.choice(3, p=row) for row in prob])
    print('multinomial logistic:')
    write(LINEAR_OUT, 'logit-multinomial.json', {
        'featureNames': ['engagement', 'tenure_years', 'basket_size'], 'classes': ['churn', 'stay', 'upgrade'],
        'x': X, 'y': y, 'statsmodels': logit_reference(sm.MNLogit, X, y),
        'sklearn': [sklearn_logistic(X, y, 1.0), sklearn_logistic(X, y, 0.05)],
    })


def exact_betainc(a, b, x):
    """Regularized I_x(a, b) in 40 digits; where the series stalls (huge a), by quadrature."""
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    try:
        return mp.betainc(a, b, 0, x, regularized=True)
    except (ValueError, mp.libmp.NoConvergence):
        log_norm = mp.log(mp.beta(a, b))
        density = lambda u: mp.exp((a - 1) * mp.log(u) + (b - 1) * mp.log1p(-u) - log_norm)
        if x <= a / (a + b):
            return mp.quad(density, [0, x / 2, x])
        return 1 - mp.quad(density, [x, (1 + x) / 2, 1])


def exact_t_sf(t, df):
    """P(T > t) in 40-digit arithmetic."""
    t, df = mp.mpf(t), mp.mpf(df)
    half = exact_betainc(df / 2, 0.5, df / (df + t * t)) / 2
    return half if t >= 0 else 1 - half


def with_exact(scipy_value, exact_value):
    return {'scipy': scipy_value, 'exact': float(exact_value)}


def distribution_cases():
    """scipy values, plus 40-digit mpmath values: scipy's t.ppf and large-df F are off by ~1e-9."""
    t_points = [-50, -10, -3, -1.96, -0.5, 0, 0.1, 1, 2, 3.5, 8, 20, 100]
    dfs = [1, 2, 2.5, 3, 5, 10, 30, 100, 1000, 1e5, 1e6]
    probabilities = [1e-12, 1e-4, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999]
    f_grid = [(f, d1, d2) for f in (0.01, 0.5, 1, 2.5, 10, 100) for d1 in (1, 2, 5, 20)
              for d2 in (1, 3, 10, 100, 1e5)]
    chi_grid = [(x, k) for x in (0.01, 0.5, 1, 3, 10, 40, 200) for k in (1, 2, 3, 7, 30, 100)]
    beta_grid = [(a, b, x) for a in (0.5, 1, 3.7, 50, 5e5) for b in (0.5, 2, 30)
                 for x in (1e-4, 0.2, 0.5, 0.9, 0.999999)]

    def beta_tails(a, b, x):
        return exact_betainc(a, b, x), exact_betainc(b, a, 1 - mp.mpf(x))

    def f_tails(f, d1, d2):
        return beta_tails(d1 / 2, d2 / 2, mp.mpf(d1) * f / (mp.mpf(d1) * f + d2))

    def t_quantile(p, df):
        return mp.findroot(lambda t: 1 - exact_t_sf(t, df) - mp.mpf(p), mp.mpf(stats.t.ppf(p, df)))

    def normal_quantile(p):
        return mp.findroot(lambda x: mp.ncdf(x) - mp.mpf(p), mp.mpf(stats.norm.ppf(p)))

    def chi_tails(x, k):
        a, half = mp.mpf(k) / 2, mp.mpf(x) / 2
        return (mp.gammainc(a, 0, half, regularized=True), mp.gammainc(a, half, mp.inf, regularized=True))

    write(STATS_OUT, 'distributions.json', {
        'studentT': [{'t': t, 'df': d, 'cdf': with_exact(stats.t.cdf(t, d), exact_t_sf(-t, d)),
                      'sf': with_exact(stats.t.sf(t, d), exact_t_sf(t, d))} for t in t_points for d in dfs],
        'studentTQuantile': [{'p': p, 'df': d, 'q': with_exact(stats.t.ppf(p, d), t_quantile(p, d) if p != 0.5 else 0)}
                             for p in probabilities for d in dfs],
        'normal': [{'x': x, 'cdf': with_exact(stats.norm.cdf(x), mp.ncdf(x)),
                    'sf': with_exact(stats.norm.sf(x), mp.ncdf(-x))}
                   for x in (-38, -20, -8, -3, -1, -0.2, 0, 0.5, 1.96, 4, 9, 30)],
        'normalQuantile': [{'p': p, 'q': with_exact(stats.norm.ppf(p), normal_quantile(p) if p != 0.5 else 0)}
                           for p in (1e-300, 1e-20, 1e-5, 0.01, 0.2, 0.5, 0.7, 0.99, 1 - 1e-12)],
        'f': [{'f': f, 'df1': d1, 'df2': d2, 'cdf': with_exact(stats.f.cdf(f, d1, d2), f_tails(f, d1, d2)[0]),
               'sf': with_exact(stats.f.sf(f, d1, d2), f_tails(f, d1, d2)[1])} for f, d1, d2 in f_grid],
        'chiSquare': [{'x': x, 'k': k, 'cdf': with_exact(stats.chi2.cdf(x, k), chi_tails(x, k)[0]),
                       'sf': with_exact(stats.chi2.sf(x, k), chi_tails(x, k)[1])} for x, k in chi_grid],
        'incompleteBeta': [{'a': a, 'b': b, 'x': x,
                            'lower': with_exact(special.betainc(a, b, x), beta_tails(a, b, x)[0]),
                            'upper': with_exact(special.betainc(b, a, 1 - x), beta_tails(a, b, x)[1])}
                           for a, b, x in beta_grid],
        'logGamma': [{'x': x, 'value': with_exact(special.gammaln(x), mp.loggamma(x))}
                     for x in (1e-8, 0.1, 0.5, 1, 1.5, 2, 3.3, 9.99, 10, 57.2, 1e4, 1e10)],
    })


if __name__ == '__main__':
    warnings.simplefilter('ignore')  # newton-cg's line search warns once it is at rounding level
    generator = np.random.default_rng(20240301)
    ols_cases(generator)
    longley_case()
    ridge_cases(generator)
    logistic_cases(generator)
    distribution_cases()
