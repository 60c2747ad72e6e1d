import os
import tempfile


def scratch_file(content: bytes) -> str:
    name = tempfile.mktemp(prefix="job-")
    fd = os.open(name, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, content)
    os.close(fd)
    return name
