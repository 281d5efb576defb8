"""Writes scikit-learn reference values for src/core/prep and src/core/metrics tests.

Run with /usr/bin/python3 (Debian's python3-sklearn 1.2, numpy, pandas) from the repository root:
    /usr/bin/python3 scripts/make-prep-metrics-fixtures.py
Seeded, so the JSON only changes when this script does. Tests never need Python.
"""
import json
import math
import os

import numpy as np
from sklearn.dummy import DummyClassifier, DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import (accuracy_score, confusion_matrix, f1_score, log_loss,
                             mean_absolute_error, mean_absolute_percentage_error,
                             mean_squared_error, precision_score, r2_score, recall_score,
                             roc_auc_score, roc_curve)
from sklearn.preprocessing import OneHotEncoder, StandardScaler

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METRICS_OUT = os.path.join(ROOT, 'src/core/metrics/fixtures/sklearnMetrics.json')
PREP_OUT = os.path.join(ROOT, 'src/core/prep/fixtures/sklearnPrep.json')
rng = np.random.default_rng(20240611)


def floats(values):
    """Plain floats for JSON; NaN becomes null (JSON has no NaN)."""
    return [None if isinstance(v, float) and math.isnan(v) else float(v) for v in np.ravel(values)]


def regression_case(name, actual, predicted):
    actual = np.asarray(actual, dtype=float)
    predicted = np.asarray(predicted, dtype=float)
    nonzero = actual != 0
    mape = (mean_absolute_percentage_error(actual[nonzero], predicted[nonzero])
            if nonzero.any() else None)
    return {
        'name': name, 'actual': floats(actual), 'predicted': floats(predicted),
        'r2': r2_score(actual, predicted),
        'rmse': math.sqrt(mean_squared_error(actual, predicted)),
        'mae': mean_absolute_error(actual, predicted),
        'mape': mape, 'mapeSkippedZeros': int((~nonzero).sum()),
    }


def regression_cases():
    actual = rng.normal(100, 20, 50).round(2)
    noisy = actual + rng.normal(0, 8, 50).round(2)
    with_zeros = actual.copy()
    with_zeros[[3, 17, 30]] = 0
    return [
        regression_case('normal', actual, noisy),
        regression_case('zeros in target', with_zeros, noisy),
        regression_case('all zero target', np.zeros(6), [0.5, -1, 0, 2, 1, 0]),
        regression_case('constant target, perfect', np.full(4, 3.0), np.full(4, 3.0)),
    ]


def classification_case(name, actual, probabilities):
    actual = np.asarray(actual)
    probabilities = np.asarray(probabilities, dtype=float)
    classes = probabilities.shape[1]
    predicted = probabilities.argmax(axis=1)
    average = 'binary' if classes == 2 else 'macro'
    scores = probabilities[:, 1] if classes == 2 else probabilities
    case = {
        'name': name, 'classCount': classes, 'actual': floats(actual),
        'predicted': floats(predicted), 'probabilities': floats(probabilities),
        'accuracy': accuracy_score(actual, predicted),
        'precision': precision_score(actual, predicted, average=average, zero_division=0),
        'recall': recall_score(actual, predicted, average=average, zero_division=0),
        'f1': f1_score(actual, predicted, average=average, zero_division=0),
        'rocAuc': roc_auc_score(actual, scores, multi_class='ovr', average='macro'),
        'logLoss': log_loss(actual, probabilities, labels=list(range(classes))),
        'confusion': confusion_matrix(actual, predicted, labels=list(range(classes))).tolist(),
    }
    if classes == 2:
        fpr, tpr, thresholds = roc_curve(actual, scores, drop_intermediate=False)
        # scikit-learn 1.2 puts max + 1 first; later versions put inf. Only the rest is compared.
        case['roc'] = {'fpr': floats(fpr), 'tpr': floats(tpr), 'thresholds': floats(thresholds[1:])}
    return case


def softmax(logits):
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def binary_probabilities(actual, spread, decimals=None):
    positive = 1 / (1 + np.exp(-(actual * 2 - 1) * spread - rng.normal(0, 1.2, len(actual))))
    if decimals is not None:
        positive = positive.round(decimals)
    return np.column_stack([1 - positive, positive])


def classification_cases():
    binary = rng.integers(0, 2, 60)
    tied = rng.integers(0, 2, 40)
    certain = np.array([0, 1, 1, 0, 1, 0, 0, 1])
    certain_probs = np.array([[1, 0], [0, 1], [1, 0], [0.3, 0.7], [0.5, 0.5], [0, 1], [0.9, 0.1],
                              [0.2, 0.8]], dtype=float)
    multi = rng.integers(0, 4, 80)
    multi_probs = softmax(np.eye(4)[multi] * 1.5 + rng.normal(0, 1, (80, 4)))
    skewed = rng.integers(0, 3, 30)
    skewed_probs = softmax(np.column_stack([np.full(30, 1.0), rng.normal(0, 0.3, 30),
                                            np.full(30, -3.0)]))
    return [
        classification_case('binary', binary, binary_probabilities(binary, 1.0)),
        classification_case('binary with ties', tied, binary_probabilities(tied, 0.8, 1)),
        classification_case('binary with certain probabilities', certain, certain_probs),
        classification_case('four classes', multi, multi_probs),
        classification_case('class never predicted', skewed, skewed_probs),
    ]


def baseline_cases():
    train_classes = rng.integers(0, 3, 25)
    dummy = DummyClassifier(strategy='prior').fit(np.zeros((25, 1)), train_classes)
    train_values = rng.normal(50, 10, 25).round(3)
    regressor = DummyRegressor(strategy='mean').fit(np.zeros((25, 1)), train_values)
    return {
        'classification': {
            'train': floats(train_classes), 'classCount': 3,
            'predicted': floats(dummy.predict(np.zeros((2, 1)))),
            'probabilities': floats(dummy.predict_proba(np.zeros((2, 1)))),
        },
        'regression': {'train': floats(train_values),
                       'predicted': floats(regressor.predict(np.zeros((2, 1))))},
    }


def prep_table():
    """40 rows: numeric columns with gaps, a categorical with rare, tied and (in test rows) unseen levels."""
    n = 40
    income = rng.normal(52000, 9000, n).round(0)
    income[[2, 9, 21, 33, 38]] = np.nan
    visits = rng.integers(0, 6, n).astype(float)
    visits[[4, 15, 27, 36]] = np.nan
    train_segments = (['Gold'] * 7 + ['Silver'] * 6 + ['Bronze'] * 5 + ['Iron'] * 5 + ['Tin'] * 3
                      + ['Lead'] * 2 + ['Zinc'] * 1 + [None] * 1)
    test_segments = ['Gold', 'Silver', 'Zeta', 'Tin', 'Zinc', None, 'Bronze', 'Zeta', 'Omega', 'Iron']
    train_order = rng.permutation(len(train_segments))
    segment = [train_segments[i] for i in train_order] + test_segments
    return {'income': income, 'visits': visits, 'segment': segment, 'trainRows': 30}


def imputer_cases(table, train):
    numbers = np.column_stack([table['income'], table['visits']])
    cases = []
    for strategy in ['mean', 'median', 'most_frequent']:
        imputer = SimpleImputer(strategy=strategy).fit(numbers[train])
        cases.append({'strategy': strategy, 'statistics': floats(imputer.statistics_),
                      'transformed': floats(imputer.transform(numbers))})
    segment = np.array(table['segment'], dtype=object).reshape(-1, 1)
    segment[segment == None] = np.nan  # noqa: E711 (elementwise comparison)
    level_imputer = SimpleImputer(strategy='most_frequent').fit(segment[train])
    return cases, {'strategy': 'most_frequent', 'statistic': level_imputer.statistics_[0]}


def scaler_case(table, train):
    numbers = np.column_stack([table['income'], table['visits']])
    imputed = SimpleImputer(strategy='mean').fit(numbers[train]).transform(numbers)
    scaler = StandardScaler().fit(imputed[train])
    return {'impute': 'mean', 'mean': floats(scaler.mean_), 'std': floats(scaler.scale_),
            'transformed': floats(scaler.transform(imputed))}


def encoder_cases(table, train, test):
    segment = np.array(table['segment'], dtype=object).reshape(-1, 1)
    segment[segment == None] = np.nan  # noqa: E711
    filled = SimpleImputer(strategy='most_frequent').fit(segment[train]).transform(segment)
    settings = [
        {'maxLevels': 4, 'unseen': 'other'},
        {'maxLevels': 6, 'unseen': 'other'},
        {'minFrequency': 4, 'unseen': 'other'},
        {'minFrequency': 0.1, 'unseen': 'other'},
        {'minFrequency': 3, 'maxLevels': 3, 'unseen': 'other'},
        {'maxLevels': 4, 'unseen': 'zeros'},
        {'unseen': 'other'},
    ]
    cases = []
    for setting in settings:
        encoder = OneHotEncoder(
            handle_unknown='infrequent_if_exist' if setting['unseen'] == 'other' else 'ignore',
            max_categories=setting.get('maxLevels'), min_frequency=setting.get('minFrequency'),
            sparse_output=False).fit(filled[train])
        try:
            infrequent = encoder.infrequent_categories_[0]
        except AttributeError:  # 1.2 only defines it when max_categories or min_frequency is set
            infrequent = None
        kept = [c for c in encoder.categories_[0] if infrequent is None or c not in infrequent]
        cases.append({'setting': setting, 'kept': kept,
                      'other': [] if infrequent is None else list(infrequent),
                      'featureCount': len(encoder.get_feature_names_out()),
                      'testMatrix': floats(encoder.transform(filled[test]))})
    return cases


def prep_cases():
    table = prep_table()
    train = np.arange(table['trainRows'])
    test = np.arange(table['trainRows'], len(table['segment']))
    imputers, level_imputer = imputer_cases(table, train)
    return {
        'table': {'income': floats(table['income']), 'visits': floats(table['visits']),
                  'segment': table['segment'], 'trainRows': table['trainRows']},
        'imputers': imputers, 'levelImputer': level_imputer,
        'scaler': scaler_case(table, train), 'encoders': encoder_cases(table, train, test),
    }


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as out:
        json.dump(data, out, indent=1, ensure_ascii=False)
        out.write('\n')
    print(f'wrote {os.path.relpath(path, ROOT)} ({os.path.getsize(path)} bytes)')


write(METRICS_OUT, {'regression': regression_cases(), 'classification': classification_cases(),
                    'baseline': baseline_cases()})
write(PREP_OUT, prep_cases())
