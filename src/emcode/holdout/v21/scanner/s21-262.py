import pickle


def decode_job(message: bytes):
    job = pickle.loads(message)
    return job["task"], job.get("args", [])
