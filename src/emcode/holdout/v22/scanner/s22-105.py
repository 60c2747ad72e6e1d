import os


def scratch_dir(job_name):
    path = os.path.join("/tmp", "etl-" + job_name)
    if not os.path.exists(path):
        os.mkdir(path)
    return path
