import os


def read_user_file(base_dir: str, filename: str) -> str:
    """Read ``filename`` from ``base_dir``."""
    with open(os.path.join(base_dir, filename), encoding="utf-8") as fh:
        return fh.read()
