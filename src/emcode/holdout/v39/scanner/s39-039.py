import os


def spool_dir(base, job_id):
    d = os.path.join(base, "spool", str(job_id))
    os.makedirs(d, mode=0o777, exist_ok=True)
    return d
