import os
import zipfile


def extract_bundle(zip_path: str, dest: str) -> list[str]:
    written = []
    root = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
                continue
            target = os.path.realpath(os.path.join(root, name))
            if os.path.commonpath([root, target]) != root:
                continue
            zf.extract(name, root)
            written.append(target)
    return written
