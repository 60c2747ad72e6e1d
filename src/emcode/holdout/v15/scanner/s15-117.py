import logging
import os
from dataclasses import dataclass


@dataclass
class LogSettings:
    directory: str = "/var/log/billing"
    dir_mode: int = 0o777
    level: str = "INFO"


def setup_logging(cfg: LogSettings = LogSettings()):
    os.makedirs(cfg.directory, mode=cfg.dir_mode, exist_ok=True)
    os.chmod(cfg.directory, cfg.dir_mode)
    logging.basicConfig(filename=os.path.join(cfg.directory, "billing.log"), level=cfg.level)
    return logging.getLogger("billing")
