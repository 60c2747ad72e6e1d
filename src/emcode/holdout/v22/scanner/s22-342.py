import sys
import time


def log_upload(user, filename, size):
    sys.stderr.write("%s upload user=%s file=%s bytes=%d\n" % (time.strftime("%F %T"), user, filename, size))
