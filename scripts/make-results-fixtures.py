#!/usr/bin/python3
"""Reference values for the results-screen chart data (src/core/results).

Run from the repository root with Debian's Python (numpy 1.24, scipy 1.10, scikit-learn 1.2):
    /usr/bin/python3 scripts/make-results-fixtures.py
Seeded, so the JSON only changes when this script does. Tests never need Python.

Regression: residual histogram (numpy.histogram on our bin rule), normal curve (scipy.stats.norm)
and the normal Q-Q plot (scipy.stats.probplot). Classification: ROC (sklearn roc_curve with
drop_intermediate=True), AUC (roc_auc_score), confusion_matrix, cumulative gains and lift (numpy,
ties shared pro rata) and threshold counts (brute force, score >= threshold).
"""
import json
import os

import numpy as np
from scipy import stats
from sklearn.metrics import confusion_matrix, roc_auc_score, roc_curve

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, 'src/core/results/fixtures')
rng = np.random.default_rng(20240615)
CURVE_POINTS = 60
THRESHOLDS = 101


def floats(values):
    return [float(v) for v in np.ravel(values)]


def ints(values):
    return [int(v) for v in np.ravel(values)]


def bin_count(residuals):
    """Our rule: numpy's Freedman-Diaconis count, Sturges when the IQR is 0, kept in 10..60."""
    n = residuals.size
    spread = residuals.max() - residuals.min()
    if spread == 0:
        return 1
    q75, q25 = np.percentile(residuals, [75, 25])
    width = 2.0 * (q75 - q25) * n ** (-1.0 / 3.0)
    count = int(np.ceil(spread / width)) if width > 0 else int(np.ceil(np.log2(n) + 1))
    return min(60, max(10, count))


def regression_case(name, predicted, actual, part, bins=None):
    residuals = actual - predicted
    count = bins if bins is not None else bin_count(residuals)
    counts, edges = np.histogram(residuals, bins=count, range=(residuals.min(), residuals.max()))
    mean, std = residuals.mean(), residuals.std()
    curve = None
    if std > 0:
        curve_x = np.linspace(edges[0], edges[-1], CURVE_POINTS)
        width = (edges[-1] - edges[0]) / count
        curve_y = residuals.size * width * stats.norm.pdf(curve_x, loc=mean, scale=std)
        curve = {'x': floats(curve_x), 'y': floats(curve_y)}
    # Equal residuals standardise to 0 (not 0/0), our convention.
    standardised = (residuals - mean) / std if std > 0 else np.zeros_like(residuals)
    (osm, osr) = stats.probplot(standardised, dist='norm', fit=False)
    return {
        'name': name,
        'bins': bins,
        'predicted': floats(predicted),
        'actual': floats(actual),
        'part': ints(part),
        'binCount': count,
        # numpy's own 'fd' count, to show our rule is numpy's where the cap does not apply.
        'numpyFdBinCount': len(np.histogram_bin_edges(residuals, bins='fd')) - 1,
        'edges': floats(edges),
        'counts': ints(counts),
        'mean': float(mean),
        'std': float(std),
        'normalCurve': curve,
        'qq': {'theoretical': floats(osm), 'sample': floats(osr)},
    }


def regression_cases():
    n = 240
    part = rng.choice([0, 1, 2], size=n, p=[0.6, 0.2, 0.2])
    predicted = np.round(rng.uniform(0, 100, size=n), 4)
    normal = np.round(predicted + rng.normal(0, 5, size=n), 4)
    heavy = np.round(predicted + 2 * rng.standard_t(1.2, size=n), 4)
    # 80% exact fits: the IQR is 0, so the rule falls back to Sturges.
    exact = np.where(rng.uniform(size=n) < 0.8, predicted, np.round(predicted + rng.normal(0, 3, size=n), 4))
    small_p = np.round(predicted[:20])
    return [
        regression_case('normal noise', predicted, normal, part),
        regression_case('heavy tails (Freedman-Diaconis capped at 60)', predicted, heavy, part),
        regression_case('mostly exact fits (IQR 0: Sturges)', predicted, exact, part),
        regression_case('fixed 25 bins', predicted, normal, part, bins=25),
        regression_case('constant residual (one bin)', small_p, small_p + 2.0, part[:20]),
    ]


def gains(is_positive, scores):
    """Gains and lift at 1%..100%, m = ceil(p n / 100) rows, tied scores shared pro rata."""
    n = scores.size
    _, group, size = np.unique(-scores, return_inverse=True, return_counts=True)
    positives_in = np.bincount(group, weights=is_positive)
    start = np.concatenate([[0], np.cumsum(size)[:-1]])
    out = []
    for percent in range(1, 101):
        contacted = -(-percent * n // 100)
        found = (positives_in * np.clip((contacted - start) / size, 0, 1)).sum()
        gain = found / is_positive.sum()
        out.append({'share': percent / 100, 'gain': float(gain), 'lift': float(gain / (contacted / n))})
    return out


def threshold_counts(is_positive, scores):
    thresholds = np.arange(THRESHOLDS) / (THRESHOLDS - 1)
    flagged = scores[:, None] >= thresholds[None, :]
    positive = is_positive.astype(bool)[:, None]
    return {
        'threshold': floats(thresholds),
        'tp': ints((flagged & positive).sum(0)),
        'fp': ints((flagged & ~positive).sum(0)),
        'tn': ints((~flagged & ~positive).sum(0)),
        'fn': ints((~flagged & positive).sum(0)),
    }


def class_reference(actual, scores, index):
    is_positive = (actual == index).astype(int)
    fpr, tpr, thresholds = roc_curve(is_positive, scores, drop_intermediate=True)
    return {
        'classIndex': index,
        'auc': float(roc_auc_score(is_positive, scores)),
        # scikit-learn 1.2 starts at max + 1; we (and scikit-learn >= 1.3) start at Infinity.
        'roc': {'fpr': floats(fpr), 'tpr': floats(tpr), 'thresholds': [None] + floats(thresholds[1:])},
        'gains': gains(is_positive, scores),
        'thresholds': threshold_counts(is_positive, scores),
    }


def classification_case(name, part, actual, probabilities, evaluation_part):
    classes = probabilities.shape[1]
    predicted = probabilities.argmax(axis=1)
    rows = part == evaluation_part
    targets = [1] if classes == 2 else list(range(classes))
    return {
        'name': name,
        'classes': [f'class {c}' for c in range(classes)],
        'part': ints(part),
        'actual': ints(actual),
        'predicted': ints(predicted),
        'probabilities': floats(probabilities),
        'evaluationPart': evaluation_part,
        'evaluationRows': int(rows.sum()),
        'confusion': confusion_matrix(actual[rows], predicted[rows], labels=list(range(classes))).tolist(),
        'perClass': [class_reference(actual[rows], probabilities[rows, c], c) for c in targets],
    }


def binary_probabilities(actual, noise, decimals):
    score = 1 / (1 + np.exp(-(2.0 * actual - 1.0 + rng.normal(0, noise, size=actual.size))))
    positive = np.round(score, decimals)
    return np.column_stack([1 - positive, positive])


def classification_cases():
    n = 400
    part = rng.choice([0, 1, 2], size=n, p=[0.5, 0.2, 0.3])
    actual = rng.integers(0, 2, size=n)
    # Two decimals: many tied scores, and scores that sit exactly on the 0.01 threshold grid.
    rounded = binary_probabilities(actual, 1.5, 2)
    m = 300
    continuous_actual = rng.integers(0, 2, size=m)
    continuous = binary_probabilities(continuous_actual, 1.2, 8)
    k = 240
    multi_part = rng.choice([0, 1], size=k, p=[0.7, 0.3])
    multi_actual = rng.integers(0, 3, size=k)
    logits = rng.normal(0, 1.2, size=(k, 3)) + 1.5 * np.eye(3)[multi_actual]
    softmax = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    return [
        classification_case('binary, tied scores, test part', part, actual, rounded, 2),
        classification_case('binary, distinct scores, train only', np.zeros(m, int), continuous_actual, continuous, 0),
        classification_case('three classes, validation part', multi_part, multi_actual, np.round(softmax, 3), 1),
    ]


def write(name, cases):
    path = os.path.join(OUT_DIR, name)
    with open(path, 'w') as out:
        json.dump({'source': 'scripts/make-results-fixtures.py', 'cases': cases}, out, separators=(',', ':'))
        out.write('\n')
    print(f'wrote {path} ({os.path.getsize(path)} bytes)')


if __name__ == '__main__':
    os.makedirs(OUT_DIR, exist_ok=True)
    write('regressionReference.json', regression_cases())
    write('classificationReference.json', classification_cases())
