import os
import tempfile

def spool(data: bytes) -> str:
    name = tempfile.mktemp(prefix="spool-")
    fd = os.open(name, os.O_WRONLY | os.O_CREAT)
    os.write(fd, data)
    os.close(fd)
    return name
