import zipfile
from pathlib import Path


def unpack_submission(zip_path: str, dest: str) -> list[str]:
    root = Path(dest).resolve()
    written = []
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = (root / info.filename).resolve()
            if root not in target.parents:
                raise ValueError(f"{zip_path}: member {info.filename!r} escapes the destination")
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(str(target))
    return written
