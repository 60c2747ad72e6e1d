import posixpath
import zipfile
from pathlib import Path


def import_images(zip_path: Path, dest: Path) -> int:
    count = 0
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            norm = posixpath.normpath(name)
            if name.endswith("/") or norm.startswith(("/", "../")) or norm == ".." or ":" in norm:
                continue
            if not norm.lower().endswith((".jpg", ".jpeg", ".png")):
                continue
            out = dest / norm
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(zf.read(name))
            count += 1
    return count
