import os
import tarfile
from datetime import date


def make_backup(src_dir: str, dest_dir: str, mode: int = 0o600) -> str:
    os.makedirs(dest_dir, mode=0o700, exist_ok=True)
    archive = os.path.join(dest_dir, f"db-backup-{date.today():%Y%m%d}.tar.gz")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(src_dir, arcname="dumps")
    os.chmod(archive, mode & 0o700)
    return archive
