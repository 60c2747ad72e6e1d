import subprocess
import sys


def mirror(url, dest):
    subprocess.check_call(f"git clone --mirror {url} {dest}", shell=True)


if __name__ == "__main__":
    mirror(sys.argv[1], sys.argv[2])
