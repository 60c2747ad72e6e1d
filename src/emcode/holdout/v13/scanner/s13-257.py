import re
import tarfile

def archive(src_dir, name):
    if not re.fullmatch(r"[\w-]{1,64}", name):
        raise ValueError("bad archive name")
    with tarfile.open(f"/backups/{name}.tgz", "w:gz") as tar:
        tar.add(src_dir, arcname=".")
