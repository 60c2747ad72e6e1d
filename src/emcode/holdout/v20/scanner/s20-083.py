import os
from dataclasses import dataclass


@dataclass
class KeyFile:
    path: str
    mode: int = 0o600

    def save(self, key: bytes) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
