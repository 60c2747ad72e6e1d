import shutil
from pathlib import Path

ROOT = Path("/srv/translate/jobs").resolve()


def delete_job(client_id, job_name):
    target = (ROOT / client_id / job_name).resolve()
    if target == ROOT or ROOT not in target.parents:
        raise PermissionError("outside job root")
    shutil.rmtree(target)
