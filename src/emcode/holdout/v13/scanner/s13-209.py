import os

def spool(job_id, data):
    path = "/tmp/spool_%s.dat" % job_id
    with open(path, "wb") as fh:
        fh.write(data)
    return path
