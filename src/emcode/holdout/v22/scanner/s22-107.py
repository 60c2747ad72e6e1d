import tempfile


def scratch_dir(job_name: str) -> str:
    return tempfile.mkdtemp(prefix=f"etl-{job_name}-")
