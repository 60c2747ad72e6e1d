import os
import sys


def append_entry(turbine, text):
    fd = os.open(f"/var/log/windfarm/{turbine}.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o777)
    with os.fdopen(fd, "a") as fh:
        fh.write(text + "\n")


if __name__ == "__main__":
    append_entry("WTG-01", " ".join(sys.argv[1:]))
