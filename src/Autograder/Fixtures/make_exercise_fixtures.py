#!/usr/bin/python3
"""Reference values for the Exercise 1 checks, computed by numpy, scipy and scikit-learn.

The autograder compares a student's code (and the reference track) with these numbers, so they must
come from an independent source, not from the course's own C#.

Run from the repository root with Debian's Python (apt-get install python3-sklearn):

    /usr/bin/python3 src/Autograder/Fixtures/make_exercise_fixtures.py

It reads data/steinmetz_standin.csv and writes src/Autograder/Fixtures/exercise1.json.
"""
import hashlib
import json
import os
import sys

import numpy as np
import scipy
import scipy.special
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import StratifiedKFold, cross_val_score

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DATA = os.path.join(ROOT, "data", "steinmetz_standin.csv")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "exercise1.json")


def mean_cross_entropy(z, y):
    """-(1/n) sum[y log s(z) + (1-y) log(1-s(z))] = mean(log(1+e^z) - y z), evaluated stably by numpy."""
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def case(X, theta, y):
    z = X @ theta
    h = scipy.special.expit(z)
    return {
        "X": X.tolist(),
        "theta": theta.tolist(),
        "y": y.astype(int).tolist(),
        "z": z.tolist(),
        "h": h.tolist(),
        "loss": mean_cross_entropy(z, y),
        "accuracy": float(np.mean((h >= 0.5).astype(int) == y)),
    }


def main():
    rng = np.random.default_rng(20241124)

    # 1B: sigmoid on hand-picked values, from the ordinary to the extreme (exp overflows past |z| = 709.78).
    z = np.array([0.0, 1e-12, -1e-12, 0.5, -0.5, 1.0, -1.0, 2.0, -3.0, 5.0, -7.5, 10.0, -10.0, 20.0, -20.0,
                  36.0, -36.0, 40.0, -40.0, 100.0, -100.0, 700.0, -700.0, 709.0, -709.0, 710.0, -710.0,
                  745.0, -745.0, 800.0, -800.0, 1000.0, -1000.0])
    sigmoid = {"z": z.tolist(), "expected": scipy.special.expit(z).tolist()}

    # 1A-1E on a small case a student can follow by hand.
    X_small = np.round(rng.normal(size=(6, 4)), 3)
    theta_small = np.array([0.5, -1.25, 2.0, 0.75])
    y_small = np.array([1, 0, 1, 1, 0, 0])
    small = case(X_small, theta_small, y_small)
    small["sklearn_log_loss"] = float(log_loss(y_small, small["h"], labels=[0, 1]))

    # A case whose probabilities saturate to exactly 0.0 and 1.0 in float64 (|z| in the hundreds),
    # with some confident mistakes: the loss is large but finite.
    X_sat = np.round(rng.normal(size=(8, 3)), 3)
    theta_sat = np.array([300.0, -250.0, 400.0])
    z_sat = X_sat @ theta_sat
    y_sat = (z_sat > 0).astype(int)
    y_sat[[1, 5]] = 1 - y_sat[[1, 5]]
    saturated = case(X_sat, theta_sat, y_sat)

    # A case where some z are exactly 0 (h = 0.5 exactly): those trials must be predicted as 1.
    X_ties = np.array([[1.0, -1.0], [2.0, -2.0], [0.5, 0.25], [-1.0, 0.5], [3.0, -3.0], [0.0, 0.0]])
    theta_ties = np.array([1.0, 1.0])
    # Unbalanced among the ties (z = 0 on trials 0, 1, 4, 5), so "h >= 0.5" and "h > 0.5" score differently.
    y_ties = np.array([1, 1, 1, 0, 1, 0])
    ties = case(X_ties, theta_ties, y_ties)

    # The bundled data: a model without intercept, as in Exercise 1, fitted by scikit-learn on all trials.
    with open(DATA, "rb") as f:
        data_md5 = hashlib.md5(f.read()).hexdigest()
    table = np.loadtxt(DATA, delimiter=",", skiprows=1)
    y_all = table[:, 0].astype(int)
    X_all = table[:, 1:]
    model = LogisticRegression(fit_intercept=False, C=1.0, tol=1e-10, max_iter=10000).fit(X_all, y_all)
    coef = model.coef_.ravel()
    bundled = case(X_all, coef, y_all)
    del bundled["X"], bundled["y"], bundled["h"]
    bundled["sklearn_score"] = float(model.score(X_all, y_all))
    cv = cross_val_score(LogisticRegression(), X_all, y_all, cv=StratifiedKFold(5, shuffle=True, random_state=0))
    bundled["cross_validated_accuracy"] = float(cv.mean())
    bundled["shape"] = list(X_all.shape)
    bundled["ones"] = int(y_all.sum())

    fixture = {
        "generated_by": "src/Autograder/Fixtures/make_exercise_fixtures.py",
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__,
                     "sklearn": sklearn.__version__},
        "data_file": "data/steinmetz_standin.csv",
        "data_md5": data_md5,
        "sigmoid": sigmoid,
        "small": small,
        "saturated": saturated,
        "ties": ties,
        "bundled": bundled,
    }
    with open(OUT, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    print(f"wrote {OUT}: bundled data md5 {data_md5}, train accuracy {bundled['sklearn_score']}, "
          f"5-fold CV accuracy {bundled['cross_validated_accuracy']:.3f}")


if __name__ == "__main__":
    main()
