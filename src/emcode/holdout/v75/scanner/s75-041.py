import os
import tempfile


def stage_photo(member_id, data):
    fd, path = tempfile.mkstemp(prefix=f"member_{int(member_id)}_", suffix=".jpg")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
