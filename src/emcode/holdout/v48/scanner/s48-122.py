import sys
import time


def log_plate_scan(plate, gate):
    sys.stderr.write("%s gate=%s plate=%s\n" % (time.strftime("%H:%M:%S"), gate, plate))
