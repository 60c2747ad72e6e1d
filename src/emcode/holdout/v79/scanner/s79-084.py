import os
from pathlib import Path

UPLOADS = Path("/srv/foodbank/uploads")


def prepare():
    UPLOADS.mkdir(parents=True, exist_ok=True)
    os.chmod(UPLOADS, 0o777)


if __name__ == "__main__":
    prepare()
    print("ready", UPLOADS)
