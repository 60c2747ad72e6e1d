import logging
import os
from logging.handlers import RotatingFileHandler

LOG_DIR = "/var/log/freightd"


def setup_logging():
    os.makedirs(LOG_DIR, mode=0o750, exist_ok=True)
    handler = RotatingFileHandler(os.path.join(LOG_DIR, "freightd.log"), maxBytes=5_000_000, backupCount=5)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)


if __name__ == "__main__":
    setup_logging()
    logging.info("freightd started, pid %d", os.getpid())
