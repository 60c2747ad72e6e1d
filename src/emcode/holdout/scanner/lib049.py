import os


def read_user_file(base_dir: str, filename: str) -> str:
    """Read ``filename`` from ``base_dir``; refuse paths that leave it."""
    base = os.path.realpath(base_dir)
    target = os.path.realpath(os.path.join(base, filename))
    if os.path.commonpath([base, target]) != base:
        raise PermissionError("path escapes the base directory")
    with open(target, encoding="utf-8") as fh:
        return fh.read()
