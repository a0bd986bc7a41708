#!/usr/bin/python3
"""Reference minimizers for the course's hand-written minimizer (src/Toolkit/Optimization).

Run from the repository root with Debian's python3 (it has numpy and scipy; the pyenv python3 first on PATH does not):

    /usr/bin/python3 tests/Toolkit.Tests/Fixtures/optimization/make_minimize_fixtures.py

It writes minimize_fixtures.json beside this script. Two logistic-regression problems are built from a fixed numpy
seed, and each is minimized by scipy.optimize.minimize twice (BFGS, and L-BFGS-B with the analytic gradient) with
tight tolerances:

  * "l2_logistic":        loss(theta) = mean_i [log(1 + exp(z_i)) - y_i z_i] + lambda/2 ||theta||^2,  z = X theta
  * "plain_logistic":     the same with lambda = 0, on labels that are not linearly separable (checked with an LP)

The C# tests (tests/Toolkit.Tests/Optimization/ScipyAgreementTests.cs) re-implement the same loss and gradient and
must reach the same minimizer. The script also refines each minimizer with Newton steps and checks that both scipy
methods agree with it, so a loose scipy result cannot slip into the fixture unnoticed.
"""
import json
import os

import numpy as np
import scipy
from scipy.optimize import linprog, minimize
from scipy.special import expit

SEED = 20240611
N_SAMPLES = 80
N_FEATURES = 5
LAMBDA = 0.1


def log1pexp(z):
    """log(1 + e^z) without overflow (scikit-learn's piecewise form)."""
    out = np.empty_like(z)
    a = z <= -37
    b = (z > -37) & (z <= 18)
    c = (z > 18) & (z <= 33.3)
    d = z > 33.3
    out[a] = np.exp(z[a])
    out[b] = np.log1p(np.exp(z[b]))
    out[c] = z[c] + np.exp(-z[c])
    out[d] = z[d]
    return out


def make_loss(X, y, lam):
    n = X.shape[0]

    def loss(theta):
        z = X @ theta
        return np.mean(log1pexp(z) - y * z) + 0.5 * lam * theta @ theta

    def gradient(theta):
        z = X @ theta
        return X.T @ (expit(z) - y) / n + lam * theta

    def hessian(theta):
        p = expit(X @ theta)
        return (X.T * (p * (1 - p))) @ X / n + lam * np.eye(X.shape[1])

    return loss, gradient, hessian


def is_linearly_separable(X, y):
    """True when some theta has (2y-1) * (X theta) >= 1 for every sample (an LP feasibility problem)."""
    signs = 2 * y - 1
    result = linprog(np.zeros(X.shape[1]), A_ub=-(signs[:, None] * X), b_ub=-np.ones(len(y)),
                     bounds=[(None, None)] * X.shape[1], method="highs")
    return result.status == 0


def solve(name, X, y, lam):
    loss, gradient, hessian = make_loss(X, y, lam)
    theta0 = np.zeros(X.shape[1])
    bfgs = minimize(loss, theta0, jac=gradient, method="BFGS", options={"gtol": 1e-12, "maxiter": 10000})
    lbfgsb = minimize(loss, theta0, jac=gradient, method="L-BFGS-B",
                      options={"gtol": 1e-12, "ftol": 1e-15, "maxiter": 10000, "maxfun": 100000})
    # Newton refinement: the exact minimizer to machine precision, used only to check scipy's answers.
    newton = bfgs.x.copy()
    for _ in range(5):
        newton = newton - np.linalg.solve(hessian(newton), gradient(newton))
    for method, result in (("BFGS", bfgs), ("L-BFGS-B", lbfgsb)):
        error = np.max(np.abs(result.x - newton)) / max(1.0, np.max(np.abs(newton)))
        assert error < 1e-8, f"{name}: scipy {method} is {error:.1e} from the Newton minimizer; tighten its tolerances"
        assert abs(result.fun - loss(newton)) < 1e-13, f"{name}: scipy {method} fun differs from the Newton minimum"
    return {
        "name": name,
        "lambda": lam,
        "X": X.tolist(),
        "y": y.tolist(),
        "bfgs": {"x": bfgs.x.tolist(), "fun": float(bfgs.fun), "nit": int(bfgs.nit),
                 "max_abs_gradient": float(np.max(np.abs(gradient(bfgs.x))))},
        "lbfgsb": {"x": lbfgsb.x.tolist(), "fun": float(lbfgsb.fun), "nit": int(lbfgsb.nit),
                   "max_abs_gradient": float(np.max(np.abs(gradient(lbfgsb.x))))},
    }


def main():
    rng = np.random.default_rng(SEED)
    X = rng.standard_normal((N_SAMPLES, N_FEATURES))
    X[:, 0] = 1.0  # an intercept column
    true_theta = np.array([0.3, 1.5, -1.0, 0.5, 0.0])
    y = (rng.random(N_SAMPLES) < expit(X @ true_theta)).astype(float)
    assert not is_linearly_separable(X, y), "the labels are separable: the unregularized minimum would not exist"

    problems = [solve("l2_logistic", X, y, LAMBDA), solve("plain_logistic", X, y, 0.0)]
    document = {
        "generator": "tests/Toolkit.Tests/Fixtures/optimization/make_minimize_fixtures.py",
        "seed": SEED,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "loss": "mean_i [log(1 + exp(z_i)) - y_i z_i] + lambda/2 ||theta||^2, z = X theta",
        "problems": problems,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "minimize_fixtures.json")
    with open(path, "w") as handle:
        json.dump(document, handle, indent=1)
        handle.write("\n")
    for problem in problems:
        print(problem["name"], "fun", problem["bfgs"]["fun"], "x", problem["bfgs"]["x"])


if __name__ == "__main__":
    main()
