"""Writes the .npz fixtures that check DecodingChoices.Data.Npy against numpy's own writer.

Run from this folder with Debian's python3 (the pyenv python3 on PATH has no numpy):

    cd tests/Toolkit.Tests/Fixtures/npz && /usr/bin/python3 make_npz_fixtures.py

It writes, with np.savez (zip members stored) and np.savez_compressed (members deflated):
  f8_i8_savez.npz, f8_i8_savez_compressed.npz   spikes float64 (3, 4), choices int64 (3,)
  f4_bool_savez.npz, f4_bool_savez_compressed.npz spikes float32 (2, 5), choices bool (2,)
  f8_f8_savez.npz                               spikes float64 (2, 3), choices float64 0.0/1.0 (2,),
                                                 extremes float64 (5,): -0.0, subnormal, max, ...
  fortran_order_savez.npz                        spikes float64 (3, 4) in Fortran order
  big_endian_savez.npz                           spikes '>f8' (3, 4)
and npz_fixtures.json: every array's dtype, shape and exact values (as IEEE-754 bit patterns in hex,
so -0.0 and subnormals survive JSON), each archive's md5 and member names, the md5 of a known byte string
(from hashlib), and the exact bytes np.save writes for a few small arrays (base64), against which the
tests' own .npy writer is compared byte for byte.
"""
import base64
import hashlib
import io
import json
import os

import numpy as np

SEED = 20240  # the arrays are random but fixed by this seed
KNOWN_BYTES = b"Decoding choices from Steinmetz spikes\n"


def bits_hex(array):
    """The IEEE-754 (or integer) bit pattern of every element, C order, as lowercase hex."""
    flat = np.ascontiguousarray(array).reshape(-1)
    if flat.dtype.kind == "f":
        unsigned = flat.astype(flat.dtype.newbyteorder("=")).view(f"u{flat.dtype.itemsize}")
        width = 2 * flat.dtype.itemsize
        return [format(int(u), f"0{width}x") for u in unsigned]
    return [format(int(v), "x") for v in flat.astype(np.int64)]


def describe(array):
    flat = np.ascontiguousarray(array).reshape(-1)
    return {
        "descr": array.dtype.str,
        "shape": list(array.shape),
        "fortran_order": bool(array.flags.f_contiguous and not array.flags.c_contiguous),
        "values": [v.item() if isinstance(v.item(), (int, bool)) else float(v) for v in flat],
        "bits": bits_hex(array),
    }


def md5_of_file(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def npy_bytes(array):
    buffer = io.BytesIO()
    np.save(buffer, array)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def main():
    rng = np.random.default_rng(SEED)
    spikes_f8 = rng.normal(size=(3, 4))
    choices_i8 = np.array([0, 1, 1], dtype=np.int64)
    spikes_f4 = rng.normal(size=(2, 5)).astype(np.float32)
    choices_b1 = np.array([True, False])
    spikes_small = rng.normal(size=(2, 3))
    choices_f8 = np.array([1.0, 0.0])
    extremes = np.array([-0.0, 5e-324, np.finfo(np.float64).max, -1.5, 1 / 3])

    archives = {
        "f8_i8_savez.npz": (np.savez, {"spikes": spikes_f8, "choices": choices_i8}),
        "f8_i8_savez_compressed.npz": (np.savez_compressed, {"spikes": spikes_f8, "choices": choices_i8}),
        "f4_bool_savez.npz": (np.savez, {"spikes": spikes_f4, "choices": choices_b1}),
        "f4_bool_savez_compressed.npz": (np.savez_compressed, {"spikes": spikes_f4, "choices": choices_b1}),
        "f8_f8_savez.npz": (np.savez, {"spikes": spikes_small, "choices": choices_f8, "extremes": extremes}),
        "fortran_order_savez.npz": (np.savez, {"spikes": np.asfortranarray(spikes_f8), "choices": choices_i8}),
        "big_endian_savez.npz": (np.savez, {"spikes": spikes_f8.astype(">f8"), "choices": choices_i8}),
    }

    sidecar = {
        "numpy_version": np.__version__,
        "seed": SEED,
        "known_bytes_utf8": KNOWN_BYTES.decode("utf-8"),
        "known_bytes_md5": hashlib.md5(KNOWN_BYTES).hexdigest(),
        "archives": {},
        "np_save_bytes": {},
    }
    for name, (save, arrays) in archives.items():
        save(name, **arrays)
        with np.load(name) as loaded:
            members = sorted(loaded.files)
        sidecar["archives"][name] = {
            "writer": save.__name__,
            "md5": md5_of_file(name),
            "keys": members,
            "arrays": {key: describe(value) for key, value in arrays.items()},
        }

    samples = {
        "f8_2x3": spikes_small,
        "f4_2x5": spikes_f4,
        "i8_3": choices_i8,
        "b1_2": choices_b1,
        "f8_scalar": np.array(2.5),
        "f8_empty": np.zeros((0,)),
        "f8_276x691": np.zeros((276, 691)),
    }
    for name, array in samples.items():
        entry = describe(array) if array.size <= 16 else {"descr": array.dtype.str, "shape": list(array.shape)}
        full = base64.b64decode(npy_bytes(array))
        header_length = full.index(b"\n") + 1
        # Only the header matters for the big one; the payload of zeros is not worth storing.
        entry["npy_base64"] = base64.b64encode(full if array.size <= 16 else full[:header_length]).decode("ascii")
        entry["npy_header_only"] = array.size > 16
        sidecar["np_save_bytes"][name] = entry

    with open("npz_fixtures.json", "w") as f:
        json.dump(sidecar, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", ", ".join(list(archives) + ["npz_fixtures.json"]))


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
