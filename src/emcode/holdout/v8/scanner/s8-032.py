import subprocess
from pathlib import Path


class BackupTool:
    def __init__(self, root: str = "/var/backups") -> None:
        self.root = Path(root)

    def list_archives(self) -> list[str]:
        return sorted(p.name for p in self.root.glob("*.tar.gz"))

    def inspect(self, archive_name: str) -> list[str]:
        if archive_name not in self.list_archives():
            raise ValueError(f"unknown archive {archive_name!r}")
        out = subprocess.run(["tar", "-tzf", str(self.root / archive_name)],
                             capture_output=True, check=True, text=True)
        return out.stdout.splitlines()[:50]
