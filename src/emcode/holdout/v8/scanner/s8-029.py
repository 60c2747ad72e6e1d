import subprocess
from pathlib import Path


class BackupTool:
    def __init__(self, root="/var/backups"):
        self.root = Path(root)

    def list_archives(self):
        return sorted(p.name for p in self.root.glob("*.tar.gz"))

    def inspect(self, archive_name):
        target = self.root / archive_name
        out = subprocess.check_output("tar -tzf %s | head -n 50" % target, shell=True)
        return out.decode().splitlines()


if __name__ == "__main__":
    import sys
    tool = BackupTool()
    for line in tool.inspect(sys.argv[1]):
        print(line)
