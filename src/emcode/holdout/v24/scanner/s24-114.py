import logging
import os
from pathlib import Path


def ensure_dir(path: Path, mode: int = 0o750) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, mode)
    return path


def setup_logging(app_name: str) -> logging.Logger:
    log_dir = ensure_dir(Path("/var/log") / app_name)
    handler = logging.FileHandler(log_dir / "app.log")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger(app_name)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger
