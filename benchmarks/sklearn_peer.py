#!/usr/bin/python3
"""The peer side of the course's side-by-side benchmark: scikit-learn on the same data and the same tasks.

Run from the repository root with Debian's Python (apt-get install python3-sklearn libopenblas0-pthread):

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 benchmarks/sklearn_peer.py [--quick]

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
import sklearn
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


def main():
    quick = "--quick" in sys.argv
    table = np.loadtxt(DATA, delimiter=",", skiprows=1)
    y_all = table[:, 0].astype(int)
    X_all = np.ascontiguousarray(table[:, 1:])
    # A 220-trial training set, as the tutorial's split (the exact trials do not matter for timing).
    rng = np.random.default_rng(2024)
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
        "shuffle_test": median_seconds(lambda: shuffle_test(n_shuffles), 1 if not quick else 3) * (1000 / n_shuffles),
        "permutation_test_5fold_njobs2": median_seconds(
            lambda: permutation_test_score(LogisticRegression(), X, y, cv=StratifiedKFold(5),
                                           n_permutations=n_permutations, n_jobs=2, random_state=0), 1)
        * (1000 / n_permutations),
    }
    report = {
        "seconds": results,
        "scaled_from": {"shuffles": n_shuffles, "permutations": n_permutations},
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "sklearn": sklearn.__version__},
        "blas": [{k: v for k, v in lib.items() if k in ("internal_api", "version", "num_threads", "architecture")}
                 for lib in threadpool_info()] if threadpool_info else "threadpoolctl not installed",
        "data_md5": hashlib.md5(open(DATA, "rb").read()).hexdigest(),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
