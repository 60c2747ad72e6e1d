import pickle as _p


def restore_job(blob: bytes) -> dict:
    """Rebuild a queued job from its stored bytes."""
    job = _p.loads(blob)
    if not isinstance(job, dict) or "name" not in job:
        raise ValueError("not a job record: %r" % (type(job