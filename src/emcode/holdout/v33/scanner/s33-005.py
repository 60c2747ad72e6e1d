import logging
import os
import shutil
from pathlib import Path

LOG_DIR = Path("/var/log/pharmacy")
LOG_FILE = LOG_DIR / "dispense.log"


def setup_logging():
    LOG_DIR.mkdir(mode=0o750, parents=True, exist_ok=True)
    LOG_FILE.touch(mode=0o640, exist_ok=True)
    shutil.chown(LOG_FILE, group="labelprint")
    os.chmod(LOG_FILE, 0o640)
    logging.basicConfig(filename=LOG_FILE, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")


if __name__ == "__main__":
    setup_logging()
    logging.info("dispensing service started")
