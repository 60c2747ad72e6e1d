import os
import zipfile


def unzip_to(path, dest):
    with zipfile.ZipFile(path) as zf:
        for member in zf.namelist():
            target = os.path.join(dest, member)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if not member.endswith("/"):
                with open(target, "wb") as out:
                    out.write(zf.read(member))
