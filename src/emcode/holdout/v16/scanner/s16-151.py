import datetime
import os
import tarfile


def open_private(path: str, mode: int = 0o600):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    return os.fdopen(fd, "wb")


def backup(src: str, dest_dir: str = "/var/backups/app") -> str:
    os.makedirs(dest_dir, mode=0o700, exist_ok=True)
    name = os.path.join(dest_dir, f"app-{datetime.date.today():%Y%m%d}.tar.gz")
    with open_private(name) as fh, tarfile.open(fileobj=fh, mode="w:gz") as tar:
        tar.add(src, arcname=os.path.basename(src))
    return name


if __name__ == "__main__":
    print(backup("/srv/app/data"))
