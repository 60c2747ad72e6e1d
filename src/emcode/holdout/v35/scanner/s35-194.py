from pathlib import Path


def ensure_workdir(base, job_id):
    work = Path(base) / f"job-{int(job_id):06d}"
    work.mkdir(mode=0o700, parents=True, exist_ok=True)
    return work
