"""Small datasets and scikit-learn reference weights for the runner's tests.

Run from the repository root with Debian's Python (it has numpy and scikit-learn):
    /usr/bin/python3 tests/Runner.Tests/Fixtures/make_runner_fixtures.py

Writes, next to this script:
    small.csv, small.npz    the same 40 trials x 6 neurons, in the course's CSV layout and as numpy's savez
    nan.npz                 small.npz with spikes[3, 2] = NaN
    labels2.npz             small.npz with choices[5] = 2
    no_choices.npz          only 'spikes'
    fit_fixture.json        scikit-learn's LogisticRegression(C=c) coef_ and intercept_ on small.*, fitted to
                            full precision (tol=1e-12), for C = 1.0 and 0.5
"""
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20240905)
trials, neurons = 40, 6
spikes = rng.normal(size=(trials, neurons))
signal = spikes[:, 0] - 0.8 * spikes[:, 3] + rng.normal(scale=1.0, size=trials)
choices = (signal > 0).astype(np.int64)


def write_csv(path, X, y):
    header = "choice," + ",".join(f"neuron_{j}" for j in range(X.shape[1]))
    with open(path, "w", newline="\n") as f:
        f.write(header + "\n")
        for i in range(X.shape[0]):
            f.write(str(int(y[i])) + "," + ",".join(repr(float(v)) for v in X[i]) + "\n")


write_csv(os.path.join(here, "small.csv"), spikes, choices)
np.savez(os.path.join(here, "small.npz"), spikes=spikes, choices=choices)

nan_spikes = spikes.copy()
nan_spikes[3, 2] = np.nan
np.savez(os.path.join(here, "nan.npz"), spikes=nan_spikes, choices=choices)

bad_choices = choices.copy()
bad_choices[5] = 2
np.savez(os.path.join(here, "labels2.npz"), spikes=spikes, choices=bad_choices)
np.savez(os.path.join(here, "no_choices.npz"), spikes=spikes)

fits = {}
for c in (1.0, 0.5):
    model = LogisticRegression(C=c, tol=1e-12, max_iter=100000).fit(spikes, choices)
    fits[repr(c)] = {"coef": model.coef_[0].tolist(), "intercept": float(model.intercept_[0])}

with open(os.path.join(here, "fit_fixture.json"), "w") as f:
    json.dump({"sklearn": sklearn.__version__, "trials": trials, "neurons": neurons, "ones": int(choices.sum()), "fits": fits}, f, indent=1)
print("wrote fixtures;", int(choices.sum()), "of", trials, "choices are 1")
