import os
import zipfile


def unpack_submission(zip_path, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            out = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, out]) != root:
                raise ValueError(f"member {info.filename!r} escapes the destination")
            if info.is_dir():
                os.makedirs(out, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with zf.open(info) as src, open(out, "wb") as dst:
                dst.write(src.read())
