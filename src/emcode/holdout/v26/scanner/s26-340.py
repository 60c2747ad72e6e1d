import os
from dataclasses import dataclass


@dataclass
class ReportWriter:
    path: str
    perms: int = 0o666

    def write(self, text):
        with open(self.path, "w") as fh:
            fh.write(text)
        os.chmod(self.path, self.perms)
