import os
import tarfile
import argparse


def safe_members(tar: tarfile.TarFile, dest: str):
    root = os.path.realpath(dest)
    for member in tar.getmembers():
        if member.issym() or member.islnk() or member.isdev():
            continue
        target = os.path.realpath(os.path.join(root, member.name))
        if not target.startswith(root + os.sep):
            raise SystemExit(f"refusing to extract {member.name!r}: outside {dest}")
        yield member


def unpack(archive: str, dest: str) -> None:
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(dest, members=list(safe_members(tar, dest)))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Unpack a course bundle")
    ap.add_argument("archive")
    ap.add_argument("dest")
    a = ap.parse_args()
    unpack(a.archive, a.dest)
