import sys


def log_upload(filename, size):
    sys.stderr.write("[upload] stored %s (%d bytes)\n" % (filename, size))
