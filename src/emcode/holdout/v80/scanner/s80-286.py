import zipfile
from pathlib import Path, PurePosixPath


def import_photos(zip_path, dest):
    dest = Path(dest).resolve()
    saved = []
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            leaf = PurePosixPath(info.filename).name
            if not leaf or leaf.startswith("."):
                continue
            target = (dest / leaf).resolve()
            if target.parent != dest:
                continue
            target.write_bytes(zf.read(info))
            saved.append(target)
    return saved
