import json


def decode_job(payload: bytes):
    job = json.loads(payload.decode("utf-8"))
    if not isinstance(job, dict) or "zone" not in job:
        raise ValueError("malformed job")
    return job
