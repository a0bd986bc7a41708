#!/usr/bin/python3
"""The peer side of the course's side-by-side benchmark: scikit-learn on the same data and the same tasks.

Run from the repository root with Debian's Python (apt-get install python3-sklearn libopenblas0-pthread):

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 benchmarks/sklearn_peer.py [--quick] [--out FILE]
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 benchmarks/sklearn_peer.py --sweep DIR [--out FILE]

(--sweep DIR times the cost sweep on the data the course wrote to DIR with
`dotnet run -c Release --project benchmarks/Course.Benchmarks -- sweep-data DIR`.)

(The machine may set OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE for old OpenBLAS builds; they slow a current numpy,
so unset both for a fair peer.) Prints one JSON object with median wall-clock seconds per task; the course's
numbers come from BenchmarkDotNet (benchmarks/Course.Benchmarks) on the same machine in the same session.
"""
import hashlib
import json
import os
import statistics
import sys
import time
import warnings

import numpy as np
import scipy
import sklearn
from scipy.optimize import minimize
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, permutation_test_score

try:
    from threadpoolctl import threadpool_info
except ImportError:  # pragma: no cover
    threadpool_info = None

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
DATA = os.path.join(ROOT, "data", "steinmetz_standin.csv")
warnings.filterwarnings("ignore", category=ConvergenceWarning)


def median_seconds(task, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        task()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def logistic_loss(theta, X, y):
    """The tutorial's Exercise 1D in numpy (the mean cross-entropy), in the stable form the course asks for."""
    z = X @ theta
    return np.mean(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z)


def option(name):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


def emit(report):
    text = json.dumps(report, indent=1)
    print(text)
    if option("--out"):
        with open(option("--out"), "w") as f:
            f.write(text + "\n")


def sweep(folder):
    """One default fit (median) and 100 shuffles (fit + training accuracy each) at every size of the course's sweep."""
    rows = []
    rng = np.random.default_rng(7)
    for trials in (276, 1000, 4000):
        for neurons in (100, 691, 3000):
            X = np.fromfile(os.path.join(folder, f"X_{trials}x{neurons}.f64"), dtype="<f8").reshape(trials, neurons)
            y = np.fromfile(os.path.join(folder, f"y_{trials}x{neurons}.i32"), dtype="<i4")
            big = trials * neurons > 2_000_000
            LogisticRegression().fit(X, y)  # warm-up, as on our side
            fit = median_seconds(lambda: LogisticRegression().fit(X, y), 3 if big else 7)
            # The loop is sequential, so a few shuffles scaled to 100 time it fairly where 100 would take minutes.
            measured = 100 if trials * neurons <= 700_000 else 20 if trials * neurons <= 3_000_000 else 8

            def shuffles():
                for _ in range(measured):
                    y_shuffled = rng.permutation(y)
                    LogisticRegression().fit(X, y_shuffled).score(X, y_shuffled)

            seconds = median_seconds(shuffles, 1) * (100 / measured)
            print(f"{trials} x {neurons}: fit {fit * 1e3:.1f} ms, 100 shuffles {seconds:.2f} s (from {measured})", file=sys.stderr)
            rows.append({"trials": trials, "neurons": neurons, "fit_seconds": fit, "shuffles_seconds": seconds, "shuffles_measured": measured})
    return rows


def environment():
    return {
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__},
        "blas": [{k: v for k, v in lib.items() if k in ("internal_api", "version", "num_threads", "architecture")}
                 for lib in threadpool_info()] if threadpool_info else "threadpoolctl not installed",
    }


def main():
    if option("--sweep"):
        emit({"sizes": sweep(option("--sweep")), **environment()})
        return
    quick = "--quick" in sys.argv
    table = np.loadtxt(DATA, delimiter=",", skiprows=1)
    y_all = table[:, 0].astype(int)
    X_all = np.ascontiguousarray(table[:, 1:])
    # A 220-trial training set, as the tutorial's split. With --train-data DIR, the course's own split (written by
    # `Course.Benchmarks train-data DIR`), so both sides fit exactly the same trials; otherwise a random 220.
    rng = np.random.default_rng(2024)
    if option("--train-data"):
        folder = option("--train-data")
        y = np.fromfile(os.path.join(folder, "y_train.i32"), dtype="<i4")
        X = np.fromfile(os.path.join(folder, "X_train.f64"), dtype="<f8").reshape(len(y), -1)
    else:
        train = rng.permutation(len(y_all))[:220]
        X, y = X_all[train], y_all[train]
    theta = np.sin(np.arange(X.shape[1])) * 0.01

    def shuffle_test(n):
        shuffled = np.zeros(n)
        for i in range(n):
            y_shuffled = rng.permutation(y)
            model = LogisticRegression()
            model.fit(X, y_shuffled)
            shuffled[i] = model.score(X, y_shuffled)
        return shuffled

    n_shuffles = 100 if quick else 1000
    n_permutations = 100 if quick else 1000
    results = {
        "numpy_X_theta": median_seconds(lambda: X @ theta, 2000),
        "numpy_X_transposed_r": median_seconds(lambda: X.T @ y, 2000),
        "default_fit": median_seconds(lambda: LogisticRegression().fit(X, y), 50),
        # The tutorial's Exercise 1E: minimize(logistic_loss, theta, (X, y)), BFGS with finite differences.
        "fit_from_loss_scipy_bfgs": median_seconds(lambda: minimize(logistic_loss, np.zeros(X.shape[1]), (X, y)), 3),
        "shuffle_test": median_seconds(lambda: shuffle_test(n_shuffles), 3) * (1000 / n_shuffles),
        "permutation_test_5fold_njobs2": median_seconds(
            lambda: permutation_test_score(LogisticRegression(), X, y, cv=StratifiedKFold(5),
                                           n_permutations=n_permutations, n_jobs=2, random_state=0), 3)
        * (1000 / n_permutations),
    }
    report = {
        "seconds": results,
        "scaled_from": {"shuffles": n_shuffles, "permutations": n_permutations},
        **environment(),
        "data_md5": hashlib.md5(open(DATA, "rb").read()).hexdigest(),
    }
    emit(report)


if __name__ == "__main__":
    main()
