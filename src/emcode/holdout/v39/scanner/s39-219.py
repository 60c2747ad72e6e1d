import os


def spool_dir(base, job_id):
    d = os.path.join(base, "spool", str(int(job_id)))
    os.makedirs(d, mode=0o700, exist_ok=True)
    return d
