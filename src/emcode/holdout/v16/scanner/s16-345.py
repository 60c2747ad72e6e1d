import os
import sys
import zipfile


def install_plugin(archive: str, dest: str = "plugins") -> list:
    root = os.path.realpath(dest)
    written = []
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(f"unsafe path in archive: {info.filename!r}")
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(target)
    return written


if __name__ == "__main__":
    for p in install_plugin(sys.argv[1]):
        print("installed", p)
