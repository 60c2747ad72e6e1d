import os
import sys
import zipfile


def unpack(zip_path: str, dest: str) -> None:
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            out_path = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, out_path]) != root:
                raise ValueError(f"blocked path in archive: {info.filename}")
            if info.is_dir():
                os.makedirs(out_path, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(info) as src, open(out_path, "wb") as dst:
                dst.write(src.read())


if __name__ == "__main__":
    unpack(sys.argv[1], sys.argv[2])
