import shlex
import subprocess
import sys


def line_count(filename: str) -> int:
    cmd = "zcat {} | wc -l".format(shlex.quote(filename))
    out = subprocess.run(cmd, shell=True, check=True, capture_output=True, text=True).stdout
    return int(out.strip())


if __name__ == "__main__":
    print(line_count(sys.argv[1]))
