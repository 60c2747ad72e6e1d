import argparse
import os
import shutil

BACKUP_DIR = "/var/backups/app"


def restore(name: str, target: str) -> None:
    base = os.path.basename(name)
    if base != name or base.startswith("."):
        raise SystemExit("give a backup file name, not a path")
    src = os.path.join(BACKUP_DIR, base)
    if not os.path.isfile(src):
        raise SystemExit(f"no backup called {base}")
    shutil.copy2(src, target)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--target", default="/srv/app/data.db")
    a = ap.parse_args()
    restore(a.name, a.target)
