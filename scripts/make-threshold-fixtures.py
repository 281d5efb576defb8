#!/usr/bin/python3
"""Reference counts and rates for the threshold explorer (src/ui/results/classification).

For a small seeded binary problem, predicts the positive class when its score is at or above
each threshold, and records scikit-learn's confusion counts, precision, recall, F1 and accuracy
(zero_division=0, as our metrics do). Writes classification/fixtures/thresholdRates.json.

    /usr/bin/python3 scripts/make-threshold-fixtures.py
"""

import json
import pathlib

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_score, recall_score

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/ui/results/classification/fixtures"

rng = np.random.default_rng(7)
labels = rng.integers(0, 2, size=60)
# Scores that lean towards the right answer, so the rates move as the threshold does.
scores = np.clip(0.35 * labels + rng.uniform(0, 0.65, size=60), 0, 1).round(4)
# 1.01 lies above every score: nothing is predicted positive, so precision is undefined (0).
thresholds = [0.0, 0.1, 0.25, 0.4, 0.5, 0.55, 0.7, 0.9, 1.01]

cases = []
for threshold in thresholds:
    predicted = (scores >= threshold).astype(int)
    tn, fp, fn, tp = confusion_matrix(labels, predicted, labels=[0, 1]).ravel()
    cases.append(
        {
            "threshold": threshold,
            "tp": int(tp),
            "fp": int(fp),
            "tn": int(tn),
            "fn": int(fn),
            "precision": float(precision_score(labels, predicted, zero_division=0)),
            "recall": float(recall_score(labels, predicted, zero_division=0)),
            "f1": float(f1_score(labels, predicted, zero_division=0)),
            "accuracy": float(accuracy_score(labels, predicted)),
        }
    )

OUT.mkdir(parents=True, exist_ok=True)
(OUT / "thresholdRates.json").write_text(
    json.dumps({"source": "scikit-learn", "rows": len(labels), "cases": cases}, indent=1) + "\n"
)
print(f"wrote {len(cases)} cases to {OUT / 'thresholdRates.json'}")
