import os
import logging


def setup_logging(log_dir="/var/log/inventory"):
    os.makedirs(log_dir, mode=0o750, exist_ok=True)
    path = os.path.join(log_dir, "app.log")
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o640)
    os.close(fd)
    handler = logging.FileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
