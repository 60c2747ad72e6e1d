import shutil
from pathlib import Path

ROOT = Path("/srv/translate/jobs")


def delete_job(client_id, job_name):
    shutil.rmtree(ROOT / client_id / job_name)
