import dill


def load_job(blob: bytes):
    job = dill.loads(blob)
    return job
