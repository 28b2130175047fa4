#!/usr/bin/python3
"""Peer check of 'clientele train --target': scikit-learn on exactly Clientele's folds.
FOLDS.csv (row, role = train|test, trainFold, rep0..repN = whole-table fold per repeat) is written by
Folds.holdout / kFold / repeatedKFold with the train seed (see the report of issue 9). Prints, for least
squares on raw inputs, on log1p of skewed non-negative inputs and on both, and for the default
GradientBoostingRegressor: CV R2 on the training part, repeated CV R2 on the whole table, held-out R2.
Missing values take the training median. Columns named in DROP (comma-separated) are left out, e.g. what
the leakage guard excluded. Usage: regression_same_folds.py TABLE.csv TARGET FOLDS.csv [SEP [DROP]]"""
import sys
import numpy as np, pandas as pd
from scipy.stats import skew
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score

table, target, folds = sys.argv[1], sys.argv[2], pd.read_csv(sys.argv[3])
d = pd.read_csv(table, sep=sys.argv[4] if len(sys.argv) > 4 else ",")
d = d.drop(columns=sys.argv[5].split(",") if len(sys.argv) > 5 else [])
d = d[d[target].notna()].reset_index(drop=True)
features = [c for c in d.columns if c != target and pd.api.types.is_numeric_dtype(d[c])
            and not c.lower().endswith("id")]
X, y = d[features], d[target].to_numpy()

def prep(tr, te, scale):
    med = tr.median()
    tr, te = tr.fillna(med), te.fillna(med)
    skewed = [c for c in tr.columns if tr[c].min() >= 0 and skew(tr[c], bias=False) > 1]
    if scale == "raw":
        return tr, te
    lt, le = tr.copy(), te.copy()
    for c in skewed:
        lt[c], le[c] = np.log1p(tr[c]), np.log1p(te[c].clip(lower=0))
    if scale == "log1p":
        return lt, le
    return (pd.concat([tr, lt[skewed].add_prefix("log_")], axis=1),
            pd.concat([te, le[skewed].add_prefix("log_")], axis=1))

models = {"linear raw": (LinearRegression, "raw"), "linear log1p": (LinearRegression, "log1p"),
          "linear both": (LinearRegression, "both"),
          "gbr default": (lambda: GradientBoostingRegressor(random_state=0), "raw")}

def score(make, scale, tr_idx, te_idx):
    a, b = prep(X.iloc[tr_idx], X.iloc[te_idx], scale)
    return r2_score(y[te_idx], make().fit(a, y[tr_idx]).predict(b))

train = folds[folds.role == "train"].row.to_numpy()
test = folds[folds.role == "test"].row.to_numpy()
reps = [c for c in folds.columns if c.startswith("rep")]
print("features:", features)
print("%-14s %18s %22s %9s" % ("model", "CV R2 train part", "CV R2 whole table", "test R2"))
for name, (make, scale) in models.items():
    tf = folds.set_index("row").trainFold
    cv = [score(make, scale, train[tf[train] != f], train[tf[train] == f]) for f in sorted(set(tf[train]))]
    tab = []
    for r in reps:
        for f in sorted(folds[r].unique()):
            tab.append(score(make, scale, folds.row[folds[r] != f].to_numpy(), folds.row[folds[r] == f].to_numpy()))
    print("%-14s %10.4f ± %.4f %14.4f ± %.4f %9.4f" % (name, np.mean(cv), np.std(cv), np.mean(tab), np.std(tab),
                                                      score(make, scale, train, test)))
