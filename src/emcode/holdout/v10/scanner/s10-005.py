import os
import tempfile


def scratch_file(job_id: str):
    fd, path = tempfile.mkstemp(prefix=f"job_{int(job_id)}_", suffix=".dat")
    return os.fdopen(fd, "w"), path
