import datetime
import os
import shutil

LOG_DIR = "/var/log/pipeline"


def rotate(name="ingest.log"):
    current = os.path.join(LOG_DIR, name)
    stamp = datetime.date.today().isoformat()
    if os.path.exists(current):
        shutil.move(current, f"{current}.{stamp}")
    fd = os.open(current, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o777)
    os.write(fd, f"--- rotated {stamp} ---\n".encode())
    os.close(fd)


if __name__ == "__main__":
    rotate()
