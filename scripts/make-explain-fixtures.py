"""Writes scikit-learn / statsmodels reference values for src/core/explain tests.

Run with /usr/bin/python3 (Debian's python3-sklearn 1.2, statsmodels 0.13, numpy, pandas) from the
repository root:
    /usr/bin/python3 scripts/make-explain-fixtures.py
Seeded, so the JSON only changes when this script does. Tests never need Python.

Every model here predicts with a formula the TypeScript tests rebuild from the dumped coefficients
(linear, polynomial, logistic), so the tests compare the explanation code, not a model port.
"""
import json
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.compose import ColumnTransformer
from sklearn.inspection import partial_dependence, permutation_importance
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, PolynomialFeatures
from scipy.stats.mstats import mquantiles
from sklearn.utils import check_random_state

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, 'src/core/explain/fixtures')
REPEATS = 5
SEED = 7
rng = np.random.default_rng(20240612)


def floats(values):
    return [float(v) for v in np.ravel(values)]


def effective_permutations(n, random_state, repeats):
    """The row order each repeat leaves in the shuffled column, as sklearn's loop produces it.

    sklearn draws one seed from `random_state`, gives every column a RandomState with that seed,
    shuffles an index array in place per repeat and re-indexes the already shuffled column, so
    repeat r shows original[p_r] with p_r = p_{r-1}[shuffle_r]. Every column gets the same p_r.
    """
    seed = check_random_state(random_state).randint(np.iinfo(np.int32).max + 1)
    state = np.random.RandomState(seed)
    shuffling = np.arange(n)
    order = np.arange(n)
    result = []
    for _ in range(repeats):
        state.shuffle(shuffling)
        order = order[shuffling]
        result.append(order.copy())
    return result


def check_permutations(model, frame, y, score, permutations, reference):
    """Recomputes sklearn's importances from the dumped permutations; they must agree exactly."""
    baseline = score(y, model.predict(frame))
    for j, column in enumerate(frame.columns):
        drops = []
        for order in permutations:
            shuffled = frame.copy()
            shuffled[column] = frame[column].to_numpy()[order]
            drops.append(baseline - score(y, model.predict(shuffled)))
        assert np.allclose(np.mean(drops), reference.importances_mean[j], rtol=0, atol=1e-13)
        assert np.allclose(np.std(drops), reference.importances_std[j], rtol=0, atol=1e-13)


def r2(y, predicted):
    return 1 - np.sum((y - predicted) ** 2) / np.sum((y - np.mean(y)) ** 2)


def accuracy(y, predicted):
    return float(np.mean(y == predicted))


def linear_preprocessor(numeric):
    return ColumnTransformer(
        [('num', 'passthrough', numeric), ('cat', OneHotEncoder(), ['plan'])])


def importance_regression():
    n = 150
    frame = pd.DataFrame({
        'spend': rng.normal(50, 10, n).round(2),
        'visits': rng.integers(0, 20, n).astype(float),
        'noise': rng.normal(0, 1, n).round(3),
        'plan': rng.choice(['basic', 'pro', 'team'], n),
    })
    plan_effect = frame['plan'].map({'basic': 0.0, 'pro': 8.0, 'team': 15.0})
    y = (3 * frame['spend'] + 0.8 * frame['visits'] + plan_effect + rng.normal(0, 6, n)).round(2)
    model = make_pipeline(linear_preprocessor(['spend', 'visits', 'noise']), LinearRegression())
    model.fit(frame, y)
    reference = permutation_importance(model, frame, y, n_repeats=REPEATS, random_state=SEED)
    permutations = effective_permutations(n, SEED, REPEATS)
    check_permutations(model, frame, y.to_numpy(), r2, permutations, reference)
    regression = model[-1]
    encoder = model[0].named_transformers_['cat']
    return {
        'table': {c: frame[c].tolist() for c in frame.columns} | {'sales': floats(y)},
        'intercept': float(regression.intercept_),
        'numeric': dict(zip(['spend', 'visits', 'noise'], floats(regression.coef_[:3]))),
        'plan': dict(zip(encoder.categories_[0].tolist(), floats(regression.coef_[3:]))),
        'permutations': [p.tolist() for p in permutations],
        'columns': frame.columns.tolist(),
        'mean': floats(reference.importances_mean),
        'std': floats(reference.importances_std),
    }


def importance_classification():
    n = 180
    frame = pd.DataFrame({
        'income': rng.normal(0, 1, n).round(3),
        'age': rng.normal(0, 1, n).round(3),
        'noise': rng.normal(0, 1, n).round(3),
        'plan': rng.choice(['basic', 'pro', 'team'], n),
    })
    scores = np.stack([
        np.zeros(n),
        2.0 * frame['income'] + 0.5 * frame['age'],
        -1.5 * frame['income'] + 1.5 * frame['age'] + (frame['plan'] == 'team') * 1.0,
    ], axis=1) + rng.gumbel(0, 1, (n, 3))
    y = np.array(['bronze', 'gold', 'silver'])[np.argmax(scores, axis=1)]
    model = make_pipeline(linear_preprocessor(['income', 'age', 'noise']),
                          LogisticRegression(C=1.0, max_iter=1000))
    model.fit(frame, y)
    reference = permutation_importance(model, frame, y, n_repeats=REPEATS, random_state=SEED)
    permutations = effective_permutations(n, SEED, REPEATS)
    check_permutations(model, frame, y, accuracy, permutations, reference)
    logistic = model[-1]
    encoder = model[0].named_transformers_['cat']
    levels = encoder.categories_[0].tolist()
    return {
        'table': {c: frame[c].tolist() for c in frame.columns} | {'tier': y.tolist()},
        'classes': logistic.classes_.tolist(),
        'intercepts': floats(logistic.intercept_),
        'numeric': {c: floats(logistic.coef_[:, i]) for i, c in enumerate(['income', 'age', 'noise'])},
        'plan': {level: floats(logistic.coef_[:, 3 + i]) for i, level in enumerate(levels)},
        'permutations': [p.tolist() for p in permutations],
        'columns': frame.columns.tolist(),
        'mean': floats(reference.importances_mean),
        'std': floats(reference.importances_std),
    }


def poly_model(final):
    return make_pipeline(
        ColumnTransformer([
            ('poly', PolynomialFeatures(degree=3, include_bias=False), ['x1', 'x2', 'few']),
            ('cat', OneHotEncoder(), ['plan']),
        ]),
        final)


def model_terms(model):
    """Polynomial powers and the final estimator's weights split into polynomial and plan parts."""
    powers = model[0].named_transformers_['poly'].powers_
    levels = model[0].named_transformers_['cat'].categories_[0].tolist()
    coef = np.atleast_2d(model[-1].coef_)[0]
    width = powers.shape[0]
    return {
        'powers': powers.tolist(),
        'intercept': float(np.ravel(model[-1].intercept_)[0]),
        'poly': floats(coef[:width]),
        'plan': dict(zip(levels, floats(coef[width:]))),
    }


def pd_reference(model, frame, column):
    options = {'categorical_features': [column]} if column == 'plan' else {}
    result = partial_dependence(model, frame, [column], percentiles=(0.02, 0.98),
                                grid_resolution=40, kind='average', **options)
    return {'grid': [v if isinstance(v, str) else float(v) for v in result['values'][0]],
            'average': floats(result['average'][0])}


def partial_dependence_case():
    n, train = 160, 120
    plan = rng.choice(['basic', 'pro', 'team'], n)
    plan[0] = 'team'  # The table lists levels in order of appearance, unlike sklearn's sorted ones.
    frame = pd.DataFrame({
        'x1': rng.uniform(-2, 3, n).round(3),
        'x2': rng.normal(0, 1, n).round(3),
        'few': rng.integers(1, 6, n).astype(float),
        'plan': plan,
    })
    effect = frame['plan'].map({'basic': 0.0, 'pro': 1.0, 'team': -1.5})
    signal = np.sin(frame['x1']) * 3 + frame['x1'] * frame['x2'] + 0.3 * frame['few'] ** 2 + effect
    sales = (signal + rng.normal(0, 0.3, n)).round(3)
    bought = np.where(signal - 1 + rng.logistic(0, 1, n) > 0, 'yes', 'no')
    fitted = frame.iloc[:train]
    regression = poly_model(LinearRegression()).fit(fitted, sales[:train])
    classifier = poly_model(LogisticRegression(C=10.0, max_iter=10000)).fit(fitted, bought[:train])
    assert classifier.classes_.tolist() == ['no', 'yes']
    return {
        'table': {c: frame[c].tolist() for c in frame.columns}
        | {'sales': floats(sales), 'bought': bought.tolist()},
        'trainRows': train,
        'regression': model_terms(regression)
        | {'dependence': {c: pd_reference(regression, fitted, c) for c in ['x1', 'few', 'plan']}},
        'classification': model_terms(classifier)
        | {'dependence': {c: pd_reference(classifier, fitted, c) for c in ['x1', 'plan']}},
    }


def ols_band_case():
    n = 30
    x = rng.uniform(0, 10, n).round(2)
    y = (2 + 1.5 * x + rng.normal(0, 2, n)).round(2)
    result = sm.OLS(y, sm.add_constant(x)).fit()
    grid = np.linspace(x.min(), x.max(), 40)
    frame = result.get_prediction(sm.add_constant(grid)).summary_frame(alpha=0.05)
    return {
        'x': floats(x),
        'y': floats(y),
        'intercept': float(result.params[0]),
        'slope': float(result.params[1]),
        'grid': floats(grid),
        'mean': floats(frame['mean']),
        'lower': floats(frame['mean_ci_lower']),
        'upper': floats(frame['mean_ci_upper']),
    }


def quantile_case():
    """mquantiles with its default plotting positions, which sklearn's grid uses."""
    samples = [rng.normal(0, 1, 7).round(3), rng.exponential(2, 50).round(3), np.array([4.0, 4.0])]
    probabilities = [0.0, 0.02, 0.25, 0.5, 0.9, 0.98, 1.0]
    return [{'values': floats(v), 'p': probabilities,
             'quantiles': floats(mquantiles(v, prob=probabilities))} for v in samples]


def write(name, content):
    path = os.path.join(OUT_DIR, name)
    with open(path, 'w') as handle:
        json.dump(content, handle, separators=(',', ':'))
        handle.write('\n')
    print(f'{path}: {os.path.getsize(path)} bytes')


if __name__ == '__main__':
    os.makedirs(OUT_DIR, exist_ok=True)
    write('sklearnImportance.json', {
        'repeats': REPEATS,
        'regression': importance_regression(),
        'classification': importance_classification(),
    })
    write('sklearnFitCurve.json', {
        'partialDependence': partial_dependence_case(),
        'olsBand': ols_band_case(),
        'quantiles': quantile_case(),
    })
