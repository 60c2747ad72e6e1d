import subprocess
from pathlib import Path


class GitRepo:
    def __init__(self, root: Path):
        self.root = root

    def _git(self, *args: str) -> str:
        res = subprocess.run(["git", "-C", str(self.root), *args], capture_output=True, text=True, check=True,
                             timeout=60)
        return res.stdout

    def blame(self, path: str) -> str:
        return self._git("blame", "--line-porcelain", "--", path)

    def log_for(self, path: str, limit: int = 20) -> list[str]:
        out = self._git("log", f"-n{int(limit)}", "--format=%h %an %s", "--", path)
        return out.splitlines()

    def changed_files(self, base: str, head: str) -> list[str]:
        for ref in (base, head):
            if ref.startswith("-"):
                raise ValueError("refs may not start with '-'")
        return self._git("diff", "--name-only", f"{base}...{head}").splitlines()
