import os
import zipfile

def unzip_plans(zip_path: str, dest: str) -> list[str]:
    root = os.path.realpath(dest)
    written = []
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            out = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, out]) != root:
                raise ValueError(f"unsafe member {info.filename!r}")
            if info.is_dir():
                continue
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as fh:
                fh.write(src.read())
            written.append(out)
    return written
