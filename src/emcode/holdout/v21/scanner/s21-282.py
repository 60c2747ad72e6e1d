import os


def scratch_file(job_id):
    path = "/tmp/job_%s_%d.dat" % (job_id, os.getpid())
    open(path, "w").close()
    return path
