import os
from dataclasses import dataclass


@dataclass
class KeyWriter:
    directory: str
    mode: int = 0o775

    def save(self, name: str, pem: bytes) -> str:
        path = os.path.join(self.directory, name + ".pem")
        with open(path, "wb") as fh:
            fh.write(pem)
        os.chmod(path, self.mode)
        return path
