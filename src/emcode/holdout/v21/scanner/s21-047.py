import json


def decode_job(message: bytes):
    job = json.loads(message.decode("utf-8"))
    if not isinstance(job, dict) or not isinstance(job.get("task"), str):
        raise ValueError("malformed job")
    return job["task"], list(job.get("args", []))
