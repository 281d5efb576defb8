"""Writes scikit-learn reference fixtures for src/core/models/neural tests.

Run: /usr/bin/python3 scripts/make-neural-fixtures.py
Needs Debian's python3-sklearn and numpy; tests never need Python.

- forward-pass.json: fitted sklearn MLPs (weights, biases, activations) with inputs and their
  predict / predict_proba outputs, so our plain-TypeScript forward pass can be checked exactly.
- quality.json: standardised train/test rows of three problems and the held-out R2 / accuracy
  that sklearn's MLPRegressor / MLPClassifier reach with a comparable network, as a floor.
  (The friedman1 regressor stops at max_iter=3000 with a ConvergenceWarning; its score is kept.)
"""
import json
import os
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.datasets import make_classification, make_friedman1, make_moons
from sklearn.metrics import accuracy_score, r2_score
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'core', 'models', 'neural', 'fixtures')
SKLEARN_TO_OURS = {'relu': 'relu', 'tanh': 'tanh', 'logistic': 'sigmoid', 'identity': 'linear'}


def rounded(array, digits=6):
    return np.round(np.asarray(array, dtype=float), digits).tolist()


def standardised_split(X, y, n_train):
    scaler = StandardScaler().fit(X[:n_train])
    X = np.round(scaler.transform(X), 6)
    return X[:n_train], y[:n_train], X[n_train:], y[n_train:]


def forward_case(name, model, X):
    hidden = SKLEARN_TO_OURS[model.activation]
    output = SKLEARN_TO_OURS.get(model.out_activation_, model.out_activation_)
    layers = []
    for index, (coef, intercept) in enumerate(zip(model.coefs_, model.intercepts_)):
        last = index == len(model.coefs_) - 1
        layers.append({
            'inputSize': int(coef.shape[0]),
            'units': int(coef.shape[1]),
            'activation': output if last else hidden,
            'weights': coef.reshape(-1).tolist(),  # row-major inputs x units, as ours
            'biases': intercept.tolist(),
        })
    is_classifier = hasattr(model, 'predict_proba')
    return {
        'name': name,
        'task': 'classification' if is_classifier else 'regression',
        'layers': layers,
        'x': X.tolist(),
        # sklearn's binary classifier has one logistic unit: P(class 1), as our sigmoid output.
        'outputs': (model.predict_proba(X)[:, 1:] if is_classifier and len(model.classes_) == 2
                    else model.predict_proba(X) if is_classifier
                    else model.predict(X).reshape(-1, 1)).tolist(),
    }


def forward_fixture():
    # Only the fitted weights matter here, not whether the optimiser converged.
    warnings.simplefilter('ignore', ConvergenceWarning)
    rng = np.random.RandomState(0)
    X, y = make_friedman1(n_samples=200, n_features=5, noise=0.5, random_state=1)
    reg = MLPRegressor(hidden_layer_sizes=(8, 4), activation='relu', max_iter=3000,
                       random_state=0).fit(X, y)
    Xm, ym = make_moons(n_samples=200, noise=0.2, random_state=2)
    binary = MLPClassifier(hidden_layer_sizes=(6,), activation='tanh', max_iter=3000,
                           random_state=0).fit(Xm, ym)
    Xc, yc = make_classification(n_samples=300, n_features=4, n_informative=3, n_redundant=0,
                                 n_classes=3, random_state=3)
    multi = MLPClassifier(hidden_layer_sizes=(5, 3), activation='logistic', max_iter=5000,
                          random_state=0).fit(Xc, yc)
    pick = lambda data: data[rng.choice(len(data), 25, replace=False)]
    return [forward_case('regressor-relu-8-4', reg, pick(X)),
            forward_case('binary-tanh-6', binary, pick(Xm)),
            forward_case('softmax-logistic-5-3', multi, pick(Xc))]


def quality_case(name, task, X, y, n_train, model):
    X_train, y_train, X_test, y_test = standardised_split(X, y, n_train)
    model.fit(X_train, y_train)
    predicted = model.predict(X_test)
    score = r2_score(y_test, predicted) if task == 'regression' else accuracy_score(y_test, predicted)
    return {
        'name': name, 'task': task,
        'classes': None if task == 'regression' else [str(c) for c in np.unique(y)],
        'xTrain': rounded(X_train), 'yTrain': rounded(y_train),
        'xTest': rounded(X_test), 'yTest': rounded(y_test),
        'sklearn': {'model': type(model).__name__, 'hidden': list(model.hidden_layer_sizes),
                    'score': float(score), 'metric': 'r2' if task == 'regression' else 'accuracy'},
    }


def quality_fixture():
    X, y = make_friedman1(n_samples=600, n_features=8, noise=0.5, random_state=4)
    Xm, ym = make_moons(n_samples=500, noise=0.25, random_state=5)
    Xc, yc = make_classification(n_samples=600, n_features=6, n_informative=4, n_redundant=0,
                                 n_classes=3, n_clusters_per_class=1, random_state=6)
    mlp = dict(hidden_layer_sizes=(32, 16), max_iter=3000, random_state=0)
    return [quality_case('friedman1', 'regression', X, y, 400, MLPRegressor(**mlp)),
            quality_case('moons', 'classification', Xm, ym, 350, MLPClassifier(**mlp)),
            quality_case('three-classes', 'classification', Xc, yc, 400, MLPClassifier(**mlp))]


def main():
    os.makedirs(OUT, exist_ok=True)
    quality = quality_fixture()
    for file_name, cases in (('forward-pass.json', forward_fixture()), ('quality.json', quality)):
        with open(os.path.join(OUT, file_name), 'w') as handle:
            json.dump({'cases': cases}, handle)
        print(file_name, os.path.getsize(os.path.join(OUT, file_name)), 'bytes')
    for case in json.load(open(os.path.join(OUT, 'quality.json')))['cases']:
        print(case['name'], case['sklearn'])


if __name__ == '__main__':
    main()
