import os
import tarfile
from datetime import date


def make_backup(src_dir: str, dest_dir: str, mode: int = 0o666) -> str:
    os.makedirs(dest_dir, exist_ok=True)
    archive = os.path.join(dest_dir, f"db-backup-{date.today():%Y%m%d}.tar.gz")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(src_dir, arcname="dumps")
    os.chmod(archive, mode)
    return archive


if __name__ == "__main__":
    print(make_backup("/var/lib/app/dumps", "/srv/backups"))
