import zipfile
from pathlib import Path


def import_photos(zip_path, dest):
    dest = Path(dest)
    saved = []
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            if name.endswith("/"):
                continue
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(name))
            saved.append(target)
    return saved
