import os
import shutil
import zipfile


def unpack_photos(zip_path, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, out]) != root:
                raise ValueError(f"blocked entry {info.filename!r}")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as dst:
                shutil.copyfileobj(src, dst)
