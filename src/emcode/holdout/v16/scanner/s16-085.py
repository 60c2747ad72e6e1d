import datetime
import os
import tarfile


def open_out(path, mode=0o777):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    return os.fdopen(fd, "wb")


def backup(src, dest_dir="/var/backups/app"):
    os.makedirs(dest_dir, exist_ok=True)
    os.chmod(dest_dir, 0o777)
    name = os.path.join(dest_dir, "app-%s.tar.gz" % datetime.date.today().strftime("%Y%m%d"))
    with open_out(name) as fh, tarfile.open(fileobj=fh, mode="w:gz") as tar:
        tar.add(src, arcname=os.path.basename(src))
    return name


if __name__ == "__main__":
    print(backup("/srv/app/data"))
