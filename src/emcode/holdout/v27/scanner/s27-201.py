import os
import logging


def setup_logging(log_dir: str = "/var/log/elevatord") -> logging.Logger:
    os.makedirs(log_dir, mode=0o750, exist_ok=True)
    path = os.path.join(log_dir, "elevatord.log")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
    os.close(fd)
    handler = logging.FileHandler(path)
    logger = logging.getLogger("elevatord")
    logger.addHandler(handler)
    return logger
