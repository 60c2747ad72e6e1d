import os
import sys

LOCK = "/run/user/%d/windsync.lock" % os.getuid()


def acquire():
    try:
        fd = os.open(LOCK, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        sys.exit("windsync is already running")
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)


def release():
    os.unlink(LOCK)
