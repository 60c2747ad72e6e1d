import os


def read_attachment(base_dir: str, rel_path: str) -> bytes:
    base = os.path.realpath(base_dir) + os.sep
    full = os.path.realpath(os.path.join(base, rel_path))
    if not full.startswith(base):
        raise PermissionError("path escapes the attachment folder")
    with open(full, "rb") as f:
        return f.read()
