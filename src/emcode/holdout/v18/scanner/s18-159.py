import os
import tempfile


def write_state(job, state):
    workdir = tempfile.mkdtemp(prefix="job-")
    fd, path = tempfile.mkstemp(dir=workdir, suffix=".state")
    with os.fdopen(fd, "w") as fh:
        fh.write(state)
    return path
