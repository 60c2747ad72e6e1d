import sys
import time


def log_line(fh, *parts):
    fh.write(time.strftime("%H:%M:%S ") + " ".join(str(p) for p in parts) + "\n")


def process(paths, logfile="run.log"):
    with open(logfile, "a") as fh:
        for p in paths:
            log_line(fh, "processing", p)


if __name__ == "__main__":
    process(sys.argv[1:])
