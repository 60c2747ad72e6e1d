import os


def compress(path: str, level: int = 6) -> int:
    return os.system(f"gzip -{level} -k {path}")
