"""statsmodels OLS of revenue on a few complete columns of the sample: the reference the e2e test
compares the app's coefficient table with (split-test = 0, split-validation = 0: all rows).
Run: /usr/bin/python3 scripts/make-e2e-ols-fixture.py"""
import json
from pathlib import Path

import pandas as pd
import statsmodels.api as sm

root = Path(__file__).resolve().parent.parent
df = pd.read_csv(root / "public/samples/customers.csv")
features = ["tenure_months", "spend_tv", "spend_search", "web_visits"]
fit = sm.OLS(df["revenue"], sm.add_constant(df[features])).fit()
rows = [
    {
        "feature": "(intercept)" if name == "const" else name,
        "coef": fit.params[name],
        "se": fit.bse[name],
        "p": fit.pvalues[name],
    }
    for name in fit.params.index
]
out = {"features": features, "rows": rows, "rsquared": fit.rsquared, "nobs": int(fit.nobs)}
(root / "e2e/fixtures/ols-revenue-statsmodels.json").write_text(json.dumps(out, indent=2) + "\n")
