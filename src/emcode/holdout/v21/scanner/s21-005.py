import os


def read_attachment(base_dir, name):
    base = os.path.realpath(base_dir)
    path = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, path]) != base:
        raise PermissionError(f"{name!r} escapes the attachment directory")
    with open(path, "rb") as fh:
        return fh.read()
