import re
import shlex
import subprocess

NAME = re.compile(r"^[\w.-]+\.adi$")


def count_contacts(logfile: str) -> int:
    if not NAME.match(logfile):
        raise ValueError("expected an .adi log file name")
    pipeline = f"grep -c '<CALL:' {shlex.quote(logfile)} || true"
    out = subprocess.run(pipeline, shell=True, capture_output=True, text=True, check=True)
    return int(out.stdout.strip() or 0)


if __name__ == "__main__":
    import sys
    print(count_contacts(sys.argv[1]))
