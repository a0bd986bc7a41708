#!/usr/bin/python3
"""scikit-learn's LogisticRegression, StratifiedKFold and cross-validated scores, as fixtures.

The course's LogisticRegression must be the same model as scikit-learn's (binary, lbfgs, L2 penalty,
unpenalized intercept) and give the same numbers. These are scikit-learn's numbers.

Run from the repository root with Debian's Python (apt-get install python3-sklearn):

    /usr/bin/python3 tests/Toolkit.Tests/Fixtures/logistic/make_logistic_fixtures.py

It reads data/steinmetz_standin.csv and writes logistic_fixtures.json beside this script.

Each fit records scikit-learn's own coefficients ("coef", "intercept") and, because lbfgs stops where
rounding hides further decrease of the objective (max|gradient| ~1e-6, recorded), the same solution
refined by Newton's method on scikit-learn's objective ("optimum_coef", max|gradient| < 1e-11).
"""
import hashlib
import json
import os
import sys
import warnings

import numpy as np
import scipy
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DATA = os.path.join(ROOT, "data", "steinmetz_standin.csv")
OUT = os.path.join(HERE, "logistic_fixtures.json")


def fit_to_convergence(X, y, **settings):
    """LogisticRegression(tol=1e-10, max_iter=10000), refitted with warm_start until the coefficients stop moving.

    lbfgs also stops when the objective's relative decrease falls below 2.2e-9 (L-BFGS-B's ftol, which
    scikit-learn does not expose), which can leave coefficients ~1e-6 from the optimum; warm restarts let
    scikit-learn's own solver finish the job.
    """
    model = LogisticRegression(tol=1e-10, max_iter=10000, warm_start=True, **settings).fit(X, y)
    first_n_iter = int(model.n_iter_[0])
    # Near the optimum a restart may end with ABNORMAL_TERMINATION_IN_LNSRCH: rounding, not a failure.
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    for _ in range(50):
        before = np.concatenate([model.coef_.ravel(), np.atleast_1d(model.intercept_)])
        model.fit(X, y)
        after = np.concatenate([model.coef_.ravel(), np.atleast_1d(model.intercept_)])
        if np.max(np.abs(after - before)) < 1e-13:
            break
    warnings.resetwarnings()
    return model, first_n_iter


def objective_gradient_hessian(X, y, C, fit_intercept, params):
    """scikit-learn's lbfgs objective sum[log(1+e^z) - y z] + |w|^2/(2C), its gradient and Hessian, in numpy."""
    A = np.hstack([X, np.ones((X.shape[0], 1))]) if fit_intercept else X
    z = A @ params
    p = scipy.special.expit(z)
    penalty = np.ones(A.shape[1]) / C
    if fit_intercept:
        penalty[-1] = 0.0
    w = params
    f = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * np.sum(penalty * w * w)
    g = A.T @ (p - y) + penalty * w
    H = (A.T * (p * (1 - p))) @ A + np.diag(penalty)
    return f, g, H


def newton_polish(X, y, C, fit_intercept, coef, intercept):
    """Refines scikit-learn's solution with Newton steps on its own objective until max|gradient| < 1e-11.

    lbfgs's line search compares objective values, which rounding stops resolving when the gradient is
    still ~1e-6; Newton's step comes from the gradient, so it reaches the minimizer to ~1e-12.
    """
    params = np.concatenate([coef, [intercept]]) if fit_intercept else coef.copy()
    for _ in range(50):
        _, g, H = objective_gradient_hessian(X, y, C, fit_intercept, params)
        if np.max(np.abs(g)) < 1e-11:
            break
        params = params - np.linalg.solve(H, g)
    _, g, _ = objective_gradient_hessian(X, y, C, fit_intercept, params)
    return params, float(np.max(np.abs(g)))


def fit_case(name, X, y, C, fit_intercept=True, columns=None, rows=None, include_data=False):
    model, first_n_iter = fit_to_convergence(X, y, C=C, fit_intercept=fit_intercept)
    _, raw_gradient, _ = objective_gradient_hessian(
        X, y, C, fit_intercept,
        np.concatenate([model.coef_.ravel(), model.intercept_]) if fit_intercept else model.coef_.ravel())
    polished, polished_gradient = newton_polish(X, y, C, fit_intercept, model.coef_.ravel(),
                                                float(model.intercept_[0]) if fit_intercept else 0.0)
    case = {
        "name": name,
        "C": C,
        "fit_intercept": fit_intercept,
        "shape": list(X.shape),
        "coef": model.coef_.ravel().tolist(),
        "intercept": float(model.intercept_[0]) if fit_intercept else 0.0,
        "n_iter": first_n_iter,
        "score": float(model.score(X, y)),
        "proba_first": model.predict_proba(X[:5])[:, 1].tolist(),
        "sklearn_max_abs_gradient": float(np.max(np.abs(raw_gradient))),
        "optimum_coef": (polished[:-1] if fit_intercept else polished).tolist(),
        "optimum_intercept": float(polished[-1]) if fit_intercept else 0.0,
        "optimum_max_abs_gradient": polished_gradient,
    }
    if columns is not None:
        case["columns"] = columns
    if rows is not None:
        case["rows"] = rows
    if include_data:
        case["X"] = X.tolist()
        case["y"] = y.astype(int).tolist()
    return case


def permuted_folds(X, y):
    """The StratifiedKFold(5) test fold of every trial, for labels y."""
    folds = np.zeros(len(y), dtype=int)
    for k, (_, test) in enumerate(StratifiedKFold(5).split(X, y)):
        folds[test] = k
    return folds.tolist()


def main():
    with open(DATA, "rb") as f:
        data_md5 = hashlib.md5(f.read()).hexdigest()
    table = np.loadtxt(DATA, delimiter=",", skiprows=1)
    y = table[:, 0].astype(int)
    X = table[:, 1:]

    cases = [
        fit_case("bundled, C=1", X, y, 1.0),
        fit_case("bundled, C=0.1", X, y, 0.1),
        fit_case("bundled, C=0.01", X, y, 0.01),
        fit_case("bundled, C=1, no intercept", X, y, 1.0, fit_intercept=False),
        fit_case("first 40 neurons (fewer neurons than trials), C=1", X[:, :40], y, 1.0, columns=40),
        fit_case("first 40 neurons, C=0.05", X[:, :40], y, 0.05, columns=40),
        fit_case("first 100 trials (100 x 691), C=1", X[:100], y[:100], 1.0, rows=100),
    ]

    rng = np.random.default_rng(7)
    X_rand = np.round(rng.normal(size=(300, 8)), 4)
    w_true = np.array([1.5, -2.0, 0.0, 0.5, 0.0, 1.0, -0.75, 0.25])
    y_rand = (rng.random(300) < 1 / (1 + np.exp(-(X_rand @ w_true + 0.4)))).astype(int)
    cases.append(fit_case("random 300 x 8, C=1", X_rand, y_rand, 1.0, include_data=True))
    cases.append(fit_case("random 300 x 8, C=1000", X_rand, y_rand, 1000.0, include_data=True))

    # Default settings (tol=1e-4, max_iter=100), as the tutorial's Exercise 2 calls it.
    default = LogisticRegression().fit(X, y)
    default_case = {"n_iter": int(default.n_iter_[0]), "score": float(default.score(X, y)),
                    "coef": default.coef_.ravel().tolist(), "intercept": float(default.intercept_[0])}

    # StratifiedKFold(5) without shuffling: the fold of every trial, and the cross-validated
    # accuracies of LogisticRegression() on the true labels and on a few fixed permutations.
    folds = np.zeros(len(y), dtype=int)
    for k, (_, test) in enumerate(StratifiedKFold(5).split(X, y)):
        folds[test] = k
    perm_rng = np.random.default_rng(11)
    permutations = [perm_rng.permutation(len(y)) for _ in range(3)]
    cv = {
        "folds": folds.tolist(),
        "scores": cross_val_score(LogisticRegression(), X, y, cv=StratifiedKFold(5)).tolist(),
        "permutations": [p.tolist() for p in permutations],
        "permuted_folds": [permuted_folds(X, y[p]) for p in permutations],
        "permuted_scores": [cross_val_score(LogisticRegression(), X, y[p], cv=StratifiedKFold(5)).tolist()
                            for p in permutations],
    }

    fixture = {
        "generated_by": "tests/Toolkit.Tests/Fixtures/logistic/make_logistic_fixtures.py",
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__,
                     "sklearn": sklearn.__version__},
        "data_md5": data_md5,
        "cases": cases,
        "default_fit": default_case,
        "cross_validation": cv,
    }
    with open(OUT, "w") as f:
        json.dump(fixture, f)
        f.write("\n")
    print(f"wrote {OUT} ({len(cases)} fits)")


if __name__ == "__main__":
    main()
