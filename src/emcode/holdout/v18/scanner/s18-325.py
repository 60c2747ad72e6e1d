import argparse
import json
import os
import tempfile


def write_report(path, data):
    directory = os.path.dirname(os.path.abspath(path))
    with tempfile.NamedTemporaryFile("w", dir=directory, delete=False, suffix=".tmp") as tmp:
        json.dump(data, tmp, indent=2)
        tmp.flush()
        os.fsync(tmp.fileno())
    os.replace(tmp.name, path)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    write_report(ap.parse_args().out, {"ok": True, "items": 3})
