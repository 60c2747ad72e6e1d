import argparse
import subprocess
import sys

def run_tests(path, keyword=None):
    args = [sys.executable, "-m", "pytest", "-q"]
    if keyword:
        args += ["-k", keyword]
    args += ["--", path]
    return subprocess.call(args)

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("-k")
    ns = ap.parse_args()
    sys.exit(run_tests(ns.path, ns.k))
