import json
import os
import tempfile


def stage_job(job: dict) -> str:
    workdir = tempfile.mkdtemp(prefix="render-")
    path = os.path.join(workdir, "job.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(job, fh)
    return path
