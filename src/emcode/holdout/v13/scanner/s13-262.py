import os
import tempfile

def scratch(content: str) -> str:
    fd, name = tempfile.mkstemp(prefix="scr")
    with os.fdopen(fd, "w") as f:
        f.write(content)
    return name
