#!/usr/bin/python3
"""Writes the side-by-side table (and the cost sweep's table and plot) from one session's measurements.

    /usr/bin/python3 benchmarks/report.py [RESULTS_DIR]      (default: benchmarks/results)

Reads, from RESULTS_DIR: BenchmarkDotNet's JSON reports (bdn/results/*-report-full*.json), work.json (the arithmetic
each task does and the measured peak FLOP rate, from `Course.Benchmarks work`), sklearn-peer.json
(benchmarks/sklearn_peer.py) and, when present, sweep-ours.json and sweep-sklearn.json. Writes side-by-side.md and,
with the sweep, sweep.md and sweep.png; the side-by-side table also replaces the one in README.md (between its
markers). benchmarks/run-side-by-side.sh runs everything in order.
"""
import glob
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
RESULTS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "benchmarks", "results")


def load(name):
    path = os.path.join(RESULTS, name)
    return json.load(open(path)) if os.path.exists(path) else None


def seconds(value):
    if value is None:
        return "–"
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.2f} ms" if value < 0.01 else f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def ratio(peer, ours):
    return f"**{peer / ours:.1f}×**" if peer and ours else "–"


def percent(fraction):
    return f"{100 * fraction:.1f} %" if fraction < 0.1 else f"{100 * fraction:.0f} %"


def bdn_medians():
    medians = {}
    for path in glob.glob(os.path.join(RESULTS, "bdn", "results", "*-report-full*.json")):
        for benchmark in json.load(open(path))["Benchmarks"]:
            medians[benchmark["Method"]] = benchmark["Statistics"]["Median"] / 1e9
    return medians


def side_by_side():
    ours = bdn_medians()
    work = load("work.json")
    peer = load("sklearn-peer.json")["seconds"]
    peak = work["peak_gflops"]
    rows = [
        ("one default fit, X fitted before (its factorization cached)", "Default_fit_220x691", "default_fit", "default_fit", "≥ 4×"),
        ("one default fit on new data (first sight of X)", "First_fit_on_new_data_220x691", "default_fit", "first_fit", "≥ 4×"),
        ("1000-shuffle test, `ShuffleTest.Run`", "Shuffle_test_1000", "shuffle_test", "shuffle_test", "≥ 40×"),
        ("the walkthrough's 2A as the runner runs it (`Exercise2Walkthrough`, track `ShuffledAccuracies` in chunks)", "Walkthrough_2A_1000", "shuffle_test", "walkthrough_2A", "≥ 40×"),
        ("a student's plain 2A loop, 1000 × `new LogisticRegression().Fit` + `Score`", "Student_2A_loop_1000", "shuffle_test", "student_2A_loop", "≥ 10×"),
        ("1000-permutation 5-fold test (peer: `permutation_test_score`, `n_jobs=2`)", "Permutation_test_1000x5fold", "permutation_test_5fold_njobs2", "permutation_test", "≥ 30×"),
        ("1E fit from a plain-loop loss, finite differences (peer: scipy `minimize`, BFGS)", "Student_1E_fit_from_plain_loop_loss", "fit_from_loss_scipy_bfgs", "fit_from_loss", "≥ 5×"),
    ]
    lines = [
        "| task | ours | scikit-learn / scipy | ours vs peer | target | work (GFLOP) | at peak | fraction of peak |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, method, peer_key, work_key, target in rows:
        mine = ours.get(method)
        theirs = peer.get(peer_key)
        gflop = work["gflop"][work_key]
        at_peak = gflop / peak
        lines.append(f"| {label} | {seconds(mine)} | {seconds(theirs)} | {ratio(theirs, mine)} | {target} | {gflop:.3g} | {seconds(at_peak)} | "
                     f"{percent(at_peak / mine) if mine else '–'} |")
    yardsticks = [
        ("the walkthrough's 2A ÷ `ShuffleTest.Run`", "Walkthrough_2A_1000", "Shuffle_test_1000", "≤ 1.2×"),
        ("a student's plain 2A loop ÷ `ShuffleTest.Run` on one core", "Student_2A_loop_1000", "Shuffle_test_1000_one_core", "≤ 2×"),
    ]
    lines += ["", "| the same work by another path | ratio of times | target |", "|---|---:|---:|"]
    for label, slower, faster, target in yardsticks:
        a, b = ours.get(slower), ours.get(faster)
        lines.append(f"| {label} | {f'{a / b:.2f}×' if a and b else '–'} | {target} |")
    versions = load("sklearn-peer.json")["versions"]
    blas = load("sklearn-peer.json")["blas"]
    blas_text = ", ".join(f"{b.get('internal_api')} {b.get('version')} ({b.get('num_threads')} threads)" for b in blas) if isinstance(blas, list) else blas
    lines += [
        "",
        f"Medians, one session, {work['cores']} cores; measured peak {peak:.0f} GFLOP/s ({work['peak_gflops_one_core']:.0f} on one core, "
        f"{work['vector']} FMAs). Ours: BenchmarkDotNet; peer: scikit-learn {versions['sklearn']}, scipy {versions['scipy']}, "
        f"numpy {versions['numpy']}, {blas_text}, on the same 220 × 691 training split. Work = the floating-point operations the "
        "course's algorithm does for the task (counted evaluations × two products with the design, plus the factorization); "
        "at peak = work ÷ peak; fraction of peak = at peak ÷ ours.",
    ]
    text = "\n".join(lines) + "\n"
    open(os.path.join(RESULTS, "side-by-side.md"), "w").write(text)
    print(text)
    replace_in_readme(text)


def replace_in_readme(text):
    """Puts the table into README.md between its side-by-side markers, so the README shows this session's numbers."""
    readme = os.path.join(ROOT, "README.md")
    if os.path.abspath(RESULTS) != os.path.join(ROOT, "benchmarks", "results"):
        return  # a results folder elsewhere is a trial run: leave the README alone
    content = open(readme).read()
    begin = content.index("<!-- side-by-side:")
    begin = content.index("\n", begin) + 1
    end = content.index("<!-- end of side-by-side -->")
    open(readme, "w").write(content[:begin] + text + content[end:])


def sweep():
    ours, theirs, work = load("sweep-ours.json"), load("sweep-sklearn.json"), load("work.json")
    if not ours or not theirs:
        return
    peak = work["peak_gflops"]
    peer = {(r["trials"], r["neurons"]): r for r in theirs["sizes"]}
    lines = [
        "| trials × neurons | one fit: ours | scikit-learn | ratio | at peak | of peak | 100 shuffles: ours | scikit-learn | ratio | at peak | of peak |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    points = []
    for row in ours["sizes"]:
        key = (row["trials"], row["neurons"])
        other = peer[key]
        fit_peak = row["fit_gflop"] / peak
        shuffle_peak = row["shuffles_gflop"] / peak
        scaled = "" if other["shuffles_measured"] == 100 else f" ({other['shuffles_measured']} × {100 // other['shuffles_measured']})" if 100 % other["shuffles_measured"] == 0 else f" (from {other['shuffles_measured']})"
        lines.append(
            f"| {row['trials']} × {row['neurons']}{' (reduced)' if row['reduced'] else ''} | {seconds(row['fit_seconds'])} | {seconds(other['fit_seconds'])} | "
            f"{ratio(other['fit_seconds'], row['fit_seconds'])} | {seconds(fit_peak)} | {percent(fit_peak / row['fit_seconds'])} | "
            f"{seconds(row['shuffles_seconds'])} | {seconds(other['shuffles_seconds'])}{scaled} | {ratio(other['shuffles_seconds'], row['shuffles_seconds'])} | "
            f"{seconds(shuffle_peak)} | {percent(shuffle_peak / row['shuffles_seconds'])} |")
        points.append((row["trials"] * row["neurons"], row, other, fit_peak, shuffle_peak))
    lines += [
        "",
        f"Medians, one session; peak {peak:.0f} GFLOP/s. Seeded stand-in-style data (`StandInDataGenerator`) at each size, the same "
        "bytes on both sides. One fit: a default `LogisticRegression` on data the process has not seen (ours fits X itself; "
        "scikit-learn too), after untimed warm-up fits on both sides, as BenchmarkDotNet warms up (the first fit of a .NET "
        "process also compiles the code: 0.1–0.3 s). 100 shuffles: fit + training accuracy each; ours is `ShuffleTest.Run` on fresh data each run "
        "(factorization included, trials < neurons marked reduced), scikit-learn's a loop (where marked, timed on fewer "
        "shuffles and scaled to 100). At peak: our algorithm's counted floating-point operations ÷ the measured peak.",
    ]
    text = "\n".join(lines) + "\n"
    open(os.path.join(RESULTS, "sweep.md"), "w").write(text)
    print(text)

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    points.sort(key=lambda p: p[0])
    cells = [p[0] for p in points]
    figure, axes = plt.subplots(1, 2, figsize=(12, 5))
    for axis, title, ours_key, peak_index in ((axes[0], "one default fit", "fit_seconds", 3), (axes[1], "100 shuffles (fit + accuracy)", "shuffles_seconds", 4)):
        axis.loglog(cells, [p[1][ours_key] for p in points], "o-", label="ours")
        axis.loglog(cells, [p[2][ours_key] for p in points], "s-", label="scikit-learn 1.2.1")
        axis.loglog(cells, [p[peak_index] for p in points], "^--", label="our arithmetic at peak")
        for p in points:
            axis.annotate(f"{p[1]['trials']}×{p[1]['neurons']}", (p[0], p[1][ours_key]), fontsize=7, xytext=(3, -9), textcoords="offset points")
        axis.set_xlabel("trials × neurons")
        axis.set_ylabel("seconds (median)")
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
        axis.legend()
    figure.tight_layout()
    figure.savefig(os.path.join(RESULTS, "sweep.png"), dpi=110)


if __name__ == "__main__":
    side_by_side()
    sweep()
