import json
import os
import tempfile
from pathlib import Path

STATE = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local/state")) / "jobs"


def checkpoint(job_name: str, state: dict) -> Path:
    STATE.mkdir(mode=0o700, parents=True, exist_ok=True)
    safe = "".join(c for c in job_name if c.isalnum() or c in "-_") or "job"
    fd, tmp = tempfile.mkstemp(dir=STATE)
    with os.fdopen(fd, "w") as fh:
        json.dump(state, fh)
    final = STATE / f"{safe}.ckpt"
    os.replace(tmp, final)
    return final
