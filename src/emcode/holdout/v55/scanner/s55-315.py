import os
import shutil
from pathlib import Path

SPOOL = Path("/var/spool/ferry-manifests")


class ManifestWriter:
    def __init__(self, root=SPOOL, dir_mode=0o750):
        self.root = root
        self.dir_mode = dir_mode

    def day_dir(self, day):
        d = self.root / day
        d.mkdir(parents=True, exist_ok=True)
        os.chmod(d, self.dir_mode)
        return d

    def write(self, day, vessel, lines):
        target = self.day_dir(day) / f"{vessel}.txt"
        target.write_text("\n".join(lines) + "\n")
        return target

    def purge(self, day):
        shutil.rmtree(self.root / day, ignore_errors=True)


if __name__ == "__main__":
    w = ManifestWriter()
    print(w.write("2024-06-01", "MV-Islay", ["P001 Smith", "P002 Jones"]))
