import os
import zipfile


def unpack(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            out = os.path.join(dest, member)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            if not member.endswith("/"):
                with open(out, "wb") as fh:
                    fh.write(zf.read(member))
