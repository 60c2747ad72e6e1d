import json
import os
from pathlib import Path

CACHE = Path(os.environ.get("RESULT_CACHE", "cache"))


def save_result(job_id: int, result: dict) -> Path:
    CACHE.mkdir(mode=0o700, exist_ok=True)
    path = CACHE / f"{int(job_id)}.json"
    path.write_text(json.dumps(result, sort_keys=True))
    return path


def load_result(job_id: int) -> dict:
    path = CACHE / f"{int(job_id)}.json"
    return json.loads(path.read_text())
