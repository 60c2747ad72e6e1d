import os
import signal
import sys
import time

PIDFILE = "/run/telemetryd/telemetryd.pid"


def write_pid():
    fd = os.open(PIDFILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "w") as fh:
        fh.write(str(os.getpid()))


def stop(signum, frame):
    os.unlink(PIDFILE)
    sys.exit(0)


if __name__ == "__main__":
    write_pid()
    signal.signal(signal.SIGTERM, stop)
    while True:
        time.sleep(60)
