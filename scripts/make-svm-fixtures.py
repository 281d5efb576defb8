"""Writes scikit-learn reference fixtures for src/core/models/svm tests.

Run: /usr/bin/python3 scripts/make-svm-fixtures.py
Needs Debian's python3-sklearn (1.2.1) and numpy; tests never need Python.
Every case stores standardised train/test rows, the parameters sklearn was fitted with, and what
the tests compare: support indices, dual coefficients, intercepts and held-out predictions.
"""
import json
import os

import numpy as np
from sklearn.datasets import make_blobs, make_classification, make_friedman1
from sklearn.metrics import accuracy_score, r2_score
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC, SVR, LinearSVC, LinearSVR

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'core', 'models', 'svm', 'fixtures')


def rounded(array, digits=10):
    return np.round(np.asarray(array, dtype=float), digits).tolist()


def split_standardised(X, y, n_train):
    scaler = StandardScaler().fit(X[:n_train])
    # Rounded before fitting, so the fixture holds exactly the rows sklearn saw.
    X = np.round(scaler.transform(X), 6)
    y = np.round(y, 6)
    return X[:n_train], y[:n_train], X[n_train:], y[n_train:]


def base_case(name, X_train, y_train, X_test, y_test, params):
    return {
        'name': name,
        'params': params,
        'xTrain': rounded(X_train),
        'yTrain': rounded(y_train),
        'xTest': rounded(X_test),
        'yTest': rounded(y_test),
    }


def svc_case(name, X_train, y_train, X_test, y_test, **params):
    model = SVC(decision_function_shape='ovo', **params).fit(X_train, y_train)
    case = base_case(name, X_train, y_train, X_test, y_test, params)
    binary = len(model.classes_) == 2
    case.update({
        'gammaValue': float(model._gamma),
        'support': model.support_.tolist(),
        'nSupport': model.n_support_.tolist(),
        # Internal (libsvm) sign: positive decision favours the first class of each pair.
        'dualCoef': rounded(model._dual_coef_),
        'intercept': rounded(model._intercept_),
        'decisionTest': rounded(-model.decision_function(X_test) if binary
                                else model.decision_function(X_test)),
        'predictTest': model.predict(X_test).tolist(),
        'accuracyTest': accuracy_score(y_test, model.predict(X_test)),
    })
    if params.get('probability'):
        case['probabilityTest'] = rounded(model.predict_proba(X_test), 6)
    return case


def svr_case(name, X_train, y_train, X_test, y_test, **params):
    model = SVR(**params).fit(X_train, y_train)
    case = base_case(name, X_train, y_train, X_test, y_test, params)
    case.update({
        'gammaValue': float(model._gamma),
        'support': model.support_.tolist(),
        'dualCoef': rounded(model.dual_coef_[0]),
        'intercept': rounded(model.intercept_),
        'predictTest': rounded(model.predict(X_test)),
        'r2Test': r2_score(y_test, model.predict(X_test)),
    })
    return case


def linear_case(name, estimator, X_train, y_train, X_test, y_test, params):
    model = estimator.fit(X_train, y_train)
    case = base_case(name, X_train, y_train, X_test, y_test, params)
    predictions = model.predict(X_test)
    case.update({
        'coef': rounded(np.atleast_2d(model.coef_)),
        'intercept': rounded(np.atleast_1d(model.intercept_)),
        'predictTest': rounded(predictions),
    })
    if isinstance(estimator, LinearSVC):
        case['accuracyTest'] = accuracy_score(y_test, predictions)
    else:
        case['r2Test'] = r2_score(y_test, predictions)
    return case


def classification_data(n, features, classes, seed):
    X, y = make_classification(n_samples=n, n_features=features, n_informative=3, n_redundant=1,
                               n_classes=classes, n_clusters_per_class=1, flip_y=0.05,
                               class_sep=1.0, random_state=seed)
    return X, y


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = {}
    X, y = classification_data(300, 5, 2, 7)
    cases['svc-binary-rbf'] = svc_case('svc-binary-rbf', *split_standardised(X, y, 200),
                                       kernel='rbf', C=1.0, gamma='scale', tol=1e-3)
    cases['svc-binary-rbf-tight'] = svc_case('svc-binary-rbf-tight', *split_standardised(X, y, 200),
                                             kernel='rbf', C=2.0, gamma=0.3, tol=1e-6)
    cases['svc-binary-probability'] = svc_case('svc-binary-probability',
                                               *split_standardised(X, y, 200), kernel='rbf', C=1.0,
                                               gamma='scale', tol=1e-3, probability=True,
                                               random_state=0)
    X, y = classification_data(330, 4, 3, 11)
    cases['svc-3class-rbf'] = svc_case('svc-3class-rbf', *split_standardised(X, y, 240),
                                       kernel='rbf', C=1.0, gamma='scale', tol=1e-5,
                                       probability=True, random_state=0)
    X, y = classification_data(260, 4, 2, 5)
    cases['svc-binary-poly'] = svc_case('svc-binary-poly', *split_standardised(X, y, 180),
                                        kernel='poly', degree=3, gamma='auto', coef0=1.0, C=0.5,
                                        tol=1e-5)
    cases['svc-binary-linear-kernel'] = svc_case('svc-binary-linear-kernel',
                                                 *split_standardised(X, y, 180), kernel='linear',
                                                 C=0.1, tol=1e-5)
    X, y = make_friedman1(n_samples=300, n_features=5, noise=0.5, random_state=3)
    cases['svr-rbf'] = svr_case('svr-rbf', *split_standardised(X, y, 200), kernel='rbf', C=10.0,
                                epsilon=0.2, gamma='scale', tol=1e-5)
    cases['svr-poly'] = svr_case('svr-poly', *split_standardised(X, y, 200), kernel='poly', C=1.0,
                                 degree=2, gamma='scale', coef0=1.0, epsilon=0.1, tol=1e-5)
    X, y = classification_data(800, 6, 2, 21)
    params = {'loss': 'squared_hinge', 'C': 1.0, 'tol': 1e-6, 'max_iter': 20000}
    cases['linear-svc-binary'] = linear_case('linear-svc-binary', LinearSVC(**params, random_state=0),
                                             *split_standardised(X, y, 560), params)
    params = {'loss': 'hinge', 'C': 0.5, 'tol': 1e-6, 'max_iter': 20000}
    cases['linear-svc-hinge'] = linear_case('linear-svc-hinge', LinearSVC(**params, random_state=0),
                                            *split_standardised(X, y, 560), params)
    X, y = make_blobs(n_samples=600, n_features=4, centers=3, cluster_std=2.5, random_state=4)
    params = {'loss': 'squared_hinge', 'C': 1.0, 'tol': 1e-6, 'max_iter': 20000}
    cases['linear-svc-3class'] = linear_case('linear-svc-3class', LinearSVC(**params, random_state=0),
                                             *split_standardised(X, y, 420), params)
    X, y = make_friedman1(n_samples=700, n_features=6, noise=1.0, random_state=8)
    for loss in ('epsilon_insensitive', 'squared_epsilon_insensitive'):
        params = {'loss': loss, 'C': 1.0, 'epsilon': 0.1, 'tol': 1e-6, 'max_iter': 50000}
        name = 'linear-svr-l1' if loss == 'epsilon_insensitive' else 'linear-svr-l2'
        cases[name] = linear_case(name, LinearSVR(**params, random_state=0),
                                  *split_standardised(X, y, 500), params)
    for name, case in cases.items():
        with open(os.path.join(OUT, f'{name}.json'), 'w') as out:
            json.dump(case, out, separators=(',', ':'))
    print(f'wrote {len(cases)} fixtures to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
