import os
import zipfile

def unpack(zip_path: str, dest: str) -> None:
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as z:
        for info in z.infolist():
            target = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(f"unsafe member {info.filename!r}")
        z.extractall(root)
