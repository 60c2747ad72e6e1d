import datetime
import os
import shutil

LOG_DIR = "/var/log/pipeline"


def rotate(name="ingest.log"):
    os.makedirs(LOG_DIR, mode=0o750, exist_ok=True)
    current = os.path.join(LOG_DIR, name)
    stamp = datetime.date.today().isoformat()
    if os.path.exists(current):
        shutil.move(current, f"{current}.{stamp}")
    fd = os.open(current, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o640)
    with os.fdopen(fd, "a") as fh:
        fh.write(f"--- rotated {stamp} ---\n")


if __name__ == "__main__":
    rotate()
