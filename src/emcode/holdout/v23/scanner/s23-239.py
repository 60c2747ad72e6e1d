import _pickle as cPickle


def decode_job(message_body: bytes) -> dict:
    job = cPickle.loads(message_body)
    return {"robot": job["robot"], "task": job["task"]}
