import zipfile
from pathlib import Path


def unpack(archive_path: str, dest: str) -> None:
    root = Path(dest).resolve()
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            target = (root / member.filename).resolve()
            if not target.is_relative_to(root):
                raise ValueError(f"unsafe member {member.filename!r}")
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(member))
