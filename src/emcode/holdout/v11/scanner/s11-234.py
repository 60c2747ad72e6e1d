import os


def scratch_file(job_id):
    path = os.path.join("/tmp", "export_%s.csv" % job_id)
    fh = open(path, "w")
    return fh
