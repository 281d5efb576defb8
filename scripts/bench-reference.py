#!/usr/bin/python3
"""Reference timings for the modelling benches (bench/linear|svm|neural.bench.ts).

Builds the benches' seeded data bit for bit (bench/modellingData.ts: uniforms from an integer
hash of (stream, index), targets with + - * in the same order), times numpy / scikit-learn on
one thread, and writes bench/reference/<suite>.json, keyed by the benches' case names. Cases
already in a file are kept, so other sizes (same environment variables as the benches) add to it.

    /usr/bin/python3 scripts/bench-reference.py [linear] [svm] [neural]   # default: all three
"""

import os

# Before numpy loads: the references are single-threaded, as our JavaScript is.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import datetime  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from threadpoolctl import threadpool_info  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.neural_network import MLPRegressor  # noqa: E402
from sklearn.svm import SVC, SVR  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "bench", "reference")
STREAMS = {
    "olsX": 101, "olsNoise": 102, "svcX": 201, "svcNoise": 202, "svcTestX": 203,
    "svcTestNoise": 204, "svrX": 301, "svrNoise": 302, "svrTestX": 303, "svrTestNoise": 304,
    "mlpX": 401, "mlpNoise": 402,
}  # fmt: skip


def env_rows(name, default):
    return int(os.environ.get(name, default))


def hash32(x):
    """lowbias32 on uint32 arrays (multiplication wraps modulo 2^32 as Math.imul does)."""
    x = x ^ (x >> np.uint32(16))
    x = x * np.uint32(0x7FEB352D)
    x = x ^ (x >> np.uint32(15))
    x = x * np.uint32(0x846CA68B)
    return x ^ (x >> np.uint32(16))


def uniforms(stream, count):
    key = hash32(np.array([stream], dtype=np.uint32))[0]
    out = np.empty(count)
    chunk = 1 << 20
    for start in range(0, count, chunk):
        index = np.arange(start, min(count, start + chunk), dtype=np.uint32)
        out[start : start + index.size] = (hash32(hash32(index) ^ key) + 0.5) / 4294967296.0
    return out


def features(stream, rows, cols):
    return (2 * uniforms(stream, rows * cols) - 1).reshape(rows, cols)


def bell_noise(stream, rows):
    u = uniforms(stream, rows * 3).reshape(rows, 3)
    return u[:, 0] + u[:, 1] + u[:, 2] - 1.5


def ols_data(rows, cols=20):
    x, e = features(STREAMS["olsX"], rows, cols), bell_noise(STREAMS["olsNoise"], rows)
    s = np.ones(rows)
    for j in range(cols):
        s = s + ((j % 7) - 3) / 4 * x[:, j]
    return x, s + 0.5 * e


def svc_data(rows, test=False):
    prefix = "svcTest" if test else "svc"
    x, e = features(STREAMS[prefix + "X"], rows, 10), bell_noise(STREAMS[prefix + "Noise"], rows)
    v = x.T
    score = v[0] * v[1] + 0.5 * v[2] - v[3] * v[3] + 0.3 + 0.4 * e
    return x, (score > 0).astype(np.float64)


def svr_data(rows, test=False):
    prefix = "svrTest" if test else "svr"
    x, e = features(STREAMS[prefix + "X"], rows, 10), bell_noise(STREAMS[prefix + "Noise"], rows)
    v = x.T
    return x, v[0] * v[1] + v[2] * v[2] - 0.5 * v[3] + 0.25 * v[4] * v[5] + 0.2 * e


def mlp_data(rows, cols=20):
    x, e = features(STREAMS["mlpX"], rows, cols), bell_noise(STREAMS["mlpNoise"], rows)
    s = x[:, 0] * x[:, 1] + x[:, 2] * x[:, 2]
    for j in range(3, cols):
        s = s + ((j % 3) - 1) / 4 * x[:, j]
    return x, s + 0.2 * e


def data_check(x, y):
    """The values bench/referenceTimes.ts compares; cumsum adds in row order as the bench does."""
    return {
        "x0": float(x.flat[0]),
        "xLast": float(x.flat[-1]),
        "y0": float(y[0]),
        "yLast": float(y[-1]),
        "yMean": float(np.cumsum(y)[-1] / y.size),
    }


def timed(fit, runs=3, warmups=0):
    """Wall-time median and times, CPU-time median (ms) of `runs` calls after `warmups` others."""
    for _ in range(warmups):
        fit()
    times, cpu_times, result = [], [], None
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = fit()
        times.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.process_time() - cpu_started) * 1000)
    return {
        "medianMs": statistics.median(times),
        "timesMs": [round(t, 2) for t in times],
        # CPU time of the process: on a busy machine it moves far less than wall time.
        "cpuMs": round(statistics.median(cpu_times), 2),
    }, result


def machine_note():
    cpu = next(
        (line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if "model name" in line),
        platform.processor(),
    )
    # e.g. "openblas 0.3.21 x1": each native thread pool numpy / scikit-learn loaded, and its size.
    pools = [
        " ".join(filter(None, (pool["internal_api"], pool["version"], f"x{pool['num_threads']}")))
        for pool in threadpool_info()
    ]
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load": round(os.getloadavg()[0], 2),
        "threads": " + ".join(pools) or "no thread pools loaded",
        "python": platform.python_version(),
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
        "date": datetime.date.today().isoformat(),
    }


def normal_equations(x, y):
    """[intercept, coefficients] from the bordered Gram matrix (no intercept column copied)."""
    rows, cols = x.shape
    sums = x.sum(axis=0)
    gram = np.empty((cols + 1, cols + 1))
    gram[0, 0], gram[0, 1:], gram[1:, 0], gram[1:, 1:] = rows, sums, sums, x.T @ x
    right = np.concatenate(([y.sum()], x.T @ y))
    return np.linalg.solve(gram, right)


def lstsq(x, y):
    design = np.column_stack((np.ones(x.shape[0]), x))
    return np.linalg.lstsq(design, y, rcond=None)[0]


def linear_cases():
    rows = env_rows("BENCH_OLS_ROWS", 1_000_000)
    x, y = ols_data(rows)
    normal, beta = timed(lambda: normal_equations(x, y), runs=5, warmups=1)
    least, beta_lstsq = timed(lambda: lstsq(x, y), runs=3)
    truth = np.array([1.0] + [((j % 7) - 3) / 4 for j in range(20)])
    normal["largestError"] = float(f"{np.abs(beta - truth).max():.3g}")
    least["largestError"] = float(f"{np.abs(beta_lstsq - truth).max():.3g}")
    timings = {"numpy normal equations": normal, "numpy lstsq (SVD, builds [1, x])": least}
    return {f"OLS {rows:,}x20": {"check": data_check(x, y), "timings": timings}}


def svc_timing(x, y, test, runs):
    model_args = dict(C=1.0, kernel="rbf", gamma=0.3, tol=1e-3, cache_size=100, shrinking=True)
    timing, model = timed(lambda: SVC(**model_args).fit(x, y), runs=runs, warmups=1)
    timing["supportVectors"] = int(model.n_support_.sum())
    # libsvm's SMO steps (one binary machine here), to compare with ours step for step.
    timing["smoIterations"] = int(model.n_iter_.sum())
    timing["heldOutAccuracy"] = round(float((model.predict(test[0]) == test[1]).mean()), 4)
    return timing


def svm_cases():
    svc_rows = env_rows("BENCH_SVC_ROWS", 16_000)
    subset = env_rows("BENCH_SVM_SUBSET_ROWS", 2_000)
    svr_rows = env_rows("BENCH_SVR_ROWS", 8_000)
    x, y = svc_data(svc_rows)
    test = svc_data(4_000, test=True)
    cases = {}
    name = "scikit-learn SVC (libsvm)"
    cases[f"RBF C-SVC {svc_rows:,}x10"] = {
        "check": data_check(x, y),
        "timings": {name: svc_timing(x, y, test, runs=3)},
    }
    cases[f"RBF C-SVC {subset:,}x10 (first rows)"] = {
        "check": data_check(x[:subset], y[:subset]),
        "timings": {name: svc_timing(x[:subset], y[:subset], test, runs=5)},
    }
    xr, yr = svr_data(svr_rows)
    xt, yt = svr_data(2_000, test=True)
    model_args = dict(C=1.0, epsilon=0.1, kernel="rbf", gamma=0.3, tol=1e-3, cache_size=100)
    timing, model = timed(lambda: SVR(**model_args).fit(xr, yr), runs=3, warmups=1)
    timing["supportVectors"] = int(model.support_.size)
    timing["smoIterations"] = int(model.n_iter_.sum())
    timing["heldOutRmse"] = round(float(np.sqrt(np.mean((model.predict(xt) - yt) ** 2))), 4)
    cases[f"RBF epsilon-SVR {svr_rows:,}x10"] = {
        "check": data_check(xr, yr),
        "timings": {"scikit-learn SVR (libsvm)": timing},
    }
    return cases


def neural_cases():
    rows = env_rows("BENCH_NEURAL_ROWS", 50_000)
    epochs, batch = 10, 200
    x, y = mlp_data(rows)

    def fit():
        model = MLPRegressor(
            hidden_layer_sizes=(64, 64), activation="relu", solver="adam", alpha=0.0,
            batch_size=batch, learning_rate_init=1e-3, max_iter=epochs, shuffle=True,
            random_state=1, tol=0.0, n_iter_no_change=epochs + 1, early_stopping=False,
        )  # fmt: skip
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            return model.fit(x, y)

    timing, model = timed(fit, runs=3)
    assert model.n_iter_ == epochs, model.n_iter_
    timing["samplesPerSecond"] = round(rows * epochs / (timing["medianMs"] / 1000))
    # sklearn's loss_ is half the mean squared error on the raw target.
    timing["finalMseOverVarY"] = round(float(2 * model.loss_ / y.var()), 4)
    name = f"MLP {rows:,}x20, batch {batch} x {epochs} epochs"
    return {name: {"check": data_check(x, y), "timings": {"scikit-learn MLPRegressor": timing}}}


SUITES = {"linear": linear_cases, "svm": svm_cases, "neural": neural_cases}


def write_suite(suite):
    path = os.path.join(OUT_DIR, f"{suite}.json")
    existing = json.load(open(path)) if os.path.exists(path) else {"cases": {}}
    note = machine_note()
    cases = SUITES[suite]()
    for case in cases.values():
        case["machine"] = {**note, "loadAfter": round(os.getloadavg()[0], 2)}
    existing["about"] = "Written by scripts/bench-reference.py; see bench/README.md."
    existing["cases"] = {**existing["cases"], **cases}
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(path, "w") as out:
        json.dump(existing, out, indent=2)
        out.write("\n")
    # `npm run format:check` covers bench/reference; prettier lays out arrays unlike json.dump.
    try:
        command = ["npx", "--no-install", "prettier", "--write", path]
        subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"could not run prettier on {path} ({error}); run npx prettier --write on it")
    for name, case in cases.items():
        print(f"{name}: {json.dumps(case['timings'])}")


if __name__ == "__main__":
    for suite in sys.argv[1:] or list(SUITES):
        write_suite(suite)
