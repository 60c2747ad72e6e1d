import re
import subprocess
from dataclasses import dataclass

TAG_RE = re.compile(r"[a-z0-9][a-z0-9._/-]{0,127}:[A-Za-z0-9._-]{1,128}")


@dataclass
class BuildJob:
    repo_dir: str
    image: str

    def validate(self) -> None:
        if not TAG_RE.fullmatch(self.image):
            raise ValueError(f"invalid image tag: {self.image!r}")

    def build(self) -> int:
        self.validate()
        return subprocess.run(["docker", "build", "-t", self.image, "."], cwd=self.repo_dir, check=False).returncode

    def push(self) -> int:
        self.validate()
        return subprocess.run(["docker", "push", self.image], check=False).returncode
