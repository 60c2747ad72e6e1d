import os


def scratch_file(prefix):
    path = "/tmp/%s-%d.tmp" % (prefix, os.getpid())
    return open(path, "w+b")
