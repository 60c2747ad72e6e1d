import os
from dataclasses import dataclass


@dataclass
class KeyWriter:
    directory: str
    mode: int = 0o600

    def save(self, name: str, pem: bytes) -> str:
        path = os.path.join(self.directory, os.path.basename(name) + ".pem")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        return path
