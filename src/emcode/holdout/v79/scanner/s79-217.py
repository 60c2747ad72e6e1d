import os
import zipfile


def unpack(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            out = os.path.join(dest, name)
            if name.endswith("/"):
                os.makedirs(out, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "wb") as fh:
                fh.write(zf.read(name))
