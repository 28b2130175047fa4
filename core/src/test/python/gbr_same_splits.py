#!/usr/bin/python3
"""Peer check: scikit-learn GradientBoostingRegressor (defaults, random_state=0) on exactly the splits
PredictBenchmark wrote (table.csv: kept features, target, role = test | CV fold). Missing values are
imputed with the training-part median. Prints CV R2 mean/std (population) and test R2 as JSON.
Usage: gbr_same_splits.py target/bench/table.csv"""
import json, sys
import numpy as np, pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import r2_score

d = pd.read_csv(sys.argv[1], dtype={"role": str})
features = [c for c in d.columns if c not in ("target", "role")]
train = d[d.role != "test"]
test = d[d.role == "test"]

def fit_predict(tr, te):
    med = tr[features].median()
    m = GradientBoostingRegressor(random_state=0).fit(tr[features].fillna(med), tr.target)
    return m.predict(te[features].fillna(med))

cv = []
for f in sorted(train.role.unique()):
    tr, te = train[train.role != f], train[train.role == f]
    cv.append(r2_score(te.target, fit_predict(tr, te)))
print(json.dumps({"features": features, "cvR2": cv, "cvR2Mean": float(np.mean(cv)), "cvR2Std": float(np.std(cv)),
                  "testR2": float(r2_score(test.target, fit_predict(train, test)))}, indent=1))
