import argparse
import subprocess


def count_matches(logfile: str, pattern: str) -> int:
    pipeline = "grep -c '" + pattern + "' " + logfile
    out = subprocess.check_output(pipeline, shell=True, text=True)
    return int(out.strip() or 0)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("logfile")
    p.add_argument("pattern")
    a = p.parse_args()
    print(count_matches(a.logfile, a.pattern))
