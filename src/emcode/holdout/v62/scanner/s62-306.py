import shlex
import subprocess
import sys


def count_lamp_faults(log_path):
    cmd = f"grep -c 'LAMP FAULT' {shlex.quote(log_path)} || true"
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return int(out.stdout.strip() or 0)


if __name__ == "__main__":
    print(count_lamp_faults(sys.argv[1]))
