import pickle


def decode_job(blob):
    job = pickle.loads(blob)
    if not isinstance(job, dict):
        raise TypeError("job must be a dict")
    return job
