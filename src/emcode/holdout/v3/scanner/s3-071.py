import os
import zipfile


def extract(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.namelist():
            out = os.path.join(dest, member)
            if member.endswith("/"):
                os.makedirs(out, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
            with open(out, "wb") as fh:
                fh.write(zf.read(member))
