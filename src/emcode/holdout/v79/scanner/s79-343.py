import shlex
import subprocess
import sys


def count_faults(logfile):
    cmd = f"zcat {shlex.quote(logfile)} | grep -c FAULT"
    res = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return int(res.stdout.strip() or 0)


if __name__ == "__main__":
    for f in sys.argv[1:]:
        print(f, count_faults(f))
