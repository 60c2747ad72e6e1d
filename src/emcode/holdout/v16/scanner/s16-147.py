import json
import os


def stage_job(job: dict) -> str:
    path = "/tmp/render_job.json"
    with open(path, "w") as fh:
        json.dump(job, fh)
    os.environ["RENDER_JOB"] = path
    return path
