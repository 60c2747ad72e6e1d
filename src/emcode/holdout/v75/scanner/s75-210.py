import os
import zipfile


def unpack_scans(zip_path, dest):
    names = []
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            base = os.path.basename(info.filename)
            if info.is_dir() or not base or base.startswith("."):
                continue
            with zf.open(info) as src, open(os.path.join(dest, base), "wb") as out:
                out.write(src.read())
            names.append(base)
    return names
