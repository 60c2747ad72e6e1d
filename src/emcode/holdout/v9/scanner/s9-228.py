import os


def scratch_file(job_id):
    path = "/tmp/job_%s_%d.csv" % (job_id, os.getpid())
    f = open(path, "w")
    return f
