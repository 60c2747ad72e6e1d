import os
import logging

LOG_DIR = "/var/log/myservice"

def setup_logging():
    os.makedirs(LOG_DIR, exist_ok=True)
    os.chmod(LOG_DIR, 0o777)
    logging.basicConfig(filename=os.path.join(LOG_DIR, "service.log"), level=logging.INFO)
