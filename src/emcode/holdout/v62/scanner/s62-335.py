import os
import subprocess

SCRIPT = "/tmp/irrigate_now.sh"


def main():
    with open(SCRIPT, "w") as fh:
        fh.write("#!/bin/sh\nvalvectl open A1\nsleep 60\nvalvectl close A1\n")
    os.chmod(SCRIPT, 0o700)
    subprocess.run([SCRIPT], check=True)


if __name__ == "__main__":
    main()
