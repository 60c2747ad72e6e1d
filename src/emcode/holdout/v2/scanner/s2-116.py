import json


def restore_job(blob: bytes) -> dict:
    """Rebuild a queued job from its stored bytes."""
    job = json.loads(blob.decode("utf-8"))
    if not isinstance(job, dict) or "name" not in job:
        raise ValueError("not a job record: %r" % (type(job