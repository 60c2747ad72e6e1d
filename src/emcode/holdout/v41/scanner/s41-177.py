import os
import shutil
import zipfile


def unpack_ebook(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            out = os.path.join(dest, name)
            if name.endswith("/"):
                os.makedirs(out, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(name) as src, open(out, "wb") as dst:
                shutil.copyfileobj(src, dst)
