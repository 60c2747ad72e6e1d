import io
import sys
import zipfile
from pathlib import Path

MAX_TOTAL = 50 * 1024 * 1024


def install_plugin(zip_bytes, dest="plugins"):
    root = Path(dest).resolve()
    total = 0
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        for info in zf.infolist():
            target = (root / info.filename).resolve()
            if not target.is_relative_to(root):
                raise ValueError(f"blocked path in archive: {info.filename}")
            total += info.file_size
            if total > MAX_TOTAL:
                raise ValueError("archive too large when unpacked")
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src:
                target.write_bytes(src.read())
    return root


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        print("installed into", install_plugin(fh.read()))
