import os


def make_shared_dir(path: str) -> str:
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o2770)
    return path
