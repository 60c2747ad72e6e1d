import os
import tempfile


def scratch_csv(rows):
    fd, name = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        for r in rows:
            fh.write(",".join(map(str, r)) + "\n")
    return name
