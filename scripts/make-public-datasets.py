"""Exports two real public datasets bundled with scikit-learn (diabetes: Efron et al. 2004;
breast cancer Wisconsin: UCI) as CSV for the e2e tests, with scikit-learn/statsmodels results on
ALL rows (the app with split-test = split-validation = 0). Run: /usr/bin/python3 scripts/make-public-datasets.py"""
import json
from pathlib import Path

import numpy as np
import statsmodels.api as sm
from sklearn.compose import TransformedTargetRegressor
from sklearn.datasets import load_breast_cancer, load_diabetes
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, r2_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC, SVR

out = Path(__file__).resolve().parent.parent / "e2e/fixtures/public"
out.mkdir(parents=True, exist_ok=True)

diabetes = load_diabetes(as_frame=True, scaled=False).frame
diabetes.to_csv(out / "diabetes.csv", index=False)
X, y = diabetes.drop(columns="target"), diabetes["target"]
ols = sm.OLS(y, sm.add_constant(X)).fit()
svr = TransformedTargetRegressor(make_pipeline(StandardScaler(), SVR()), transformer=StandardScaler())
svr.fit(X, y)

cancer = load_breast_cancer(as_frame=True).frame
cancer["diagnosis"] = np.where(cancer.pop("target") == 1, "benign", "malignant")
cancer.to_csv(out / "breast-cancer.csv", index=False)
Xc, yc = cancer.drop(columns="diagnosis"), cancer["diagnosis"]
svc = make_pipeline(StandardScaler(), SVC()).fit(Xc, yc)
logistic = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=10_000)).fit(Xc, yc)

reference = {
    "diabetes": {
        "ols": {
            "coef": {("(intercept)" if k == "const" else k): v for k, v in ols.params.items()},
            "se": {("(intercept)" if k == "const" else k): v for k, v in ols.bse.items()},
            "rsquared": ols.rsquared,
        },
        "svr_r2_train": r2_score(y, svr.predict(X)),
    },
    "breast_cancer": {
        "svc_accuracy_train": accuracy_score(yc, svc.predict(Xc)),
        "logistic_accuracy_train": accuracy_score(yc, logistic.predict(Xc)),
    },
}
(out / "reference.json").write_text(json.dumps(reference, indent=2) + "\n")
