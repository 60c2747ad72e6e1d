import logging
import os
from pathlib import Path

LOG_DIR = Path("/var/log/pharmacy")
LOG_FILE = LOG_DIR / "dispense.log"


def setup_logging():
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    LOG_FILE.touch(exist_ok=True)
    os.chmod(LOG_FILE, 0o666)  # so the label printer service can append too
    logging.basicConfig(filename=LOG_FILE, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")


if __name__ == "__main__":
    setup_logging()
    logging.info("dispensing service started")
