import logging
import os

LOG_PATH = "/var/log/myapp/app.log"


def setup_logging():
    logging.basicConfig(filename=LOG_PATH, level=logging.INFO)
    os.chmod(LOG_PATH, 0o666)
