import json
import os


def save_config(path: str, cfg: dict, mode: int = 0o600) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as fh:
        json.dump(cfg, fh)
