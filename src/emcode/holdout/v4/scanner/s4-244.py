from subprocess import call as run_cmd
import sys


def compress(filename):
    cmd = f"gzip -9 -k {filename}"
    return run_cmd(cmd, shell=True)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        compress(name)
