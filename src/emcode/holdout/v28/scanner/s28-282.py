import os


def read_attachment(base_dir, relative_name):
    base = os.path.realpath(base_dir)
    target = os.path.realpath(os.path.join(base, relative_name))
    if os.path.commonpath([base, target]) != base:
        raise PermissionError(f"{relative_name!r} escapes the attachment folder")
    with open(target, "rb") as fh:
        return fh.read()
