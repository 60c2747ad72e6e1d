import json
import os
from pathlib import Path


class ConfigStore:
    def __init__(self, root: str = "~/.iotctl"):
        self.root = Path(root).expanduser()
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)

    def save_config(self, name: str, data: dict, mode: int = 0o600) -> Path:
        target = self.root / f"{name}.json"
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w") as fh:
            json.dump(data, fh, indent=2)
        os.chmod(target, mode)
        return target
