import pickle


def decode_job(payload: bytes):
    job = pickle.loads(payload)
    if not isinstance(job, dict) or "zone" not in job:
        raise ValueError("malformed job")
    return job
