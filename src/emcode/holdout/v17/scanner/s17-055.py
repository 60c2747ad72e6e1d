import os
import shutil
import zipfile

MAX_TOTAL = 500 * 1024 * 1024


def import_dataset(zip_path: str, dest: str) -> str:
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        if sum(i.file_size for i in zf.infolist()) > MAX_TOTAL:
            raise ValueError("archive too large when extracted")
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(f"unsafe path in archive: {info.filename!r}")
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
    return dest
