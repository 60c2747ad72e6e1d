import tempfile


def spool_job(job_text: str) -> str:
    with tempfile.NamedTemporaryFile("w", prefix="printjob-", suffix=".txt", delete=False) as fh:
        fh.write(job_text)
        return fh.name
