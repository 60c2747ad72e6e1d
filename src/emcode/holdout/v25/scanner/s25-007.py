import os


def spool_job(job_text):
    path = "/tmp/printjob-%d.txt" % os.getpid()
    with open(path, "w") as fh:
        fh.write(job_text)
    return path
