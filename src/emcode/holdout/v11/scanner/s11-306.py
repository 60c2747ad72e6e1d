import os
import tarfile
import time


def backup(src_dir: str, dest_dir: str) -> str:
    old = os.umask(0o077)
    try:
        os.makedirs(dest_dir, exist_ok=True)
        name = os.path.join(dest_dir, f"db-{time.strftime('%Y%m%d-%H%M')}.tar.gz")
        with tarfile.open(name, "w:gz") as tar:
            tar.add(src_dir, arcname=os.path.basename(src_dir))
    finally:
        os.umask(old)
    os.chmod(name, 0o600)
    return name


if __name__ == "__main__":
    print(backup("/var/lib/app/data", "/var/backups/app"))
