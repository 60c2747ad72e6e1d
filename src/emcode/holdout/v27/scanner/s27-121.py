import os


def scratch_file(job):
    path = "/tmp/render_%s_%d.txt" % (job, os.getpid())
    return open(path, "w")
