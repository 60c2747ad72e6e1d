import subprocess


def compress(path: str, level: int = 6) -> int:
    if not 1 <= int(level) <= 9:
        raise ValueError("level 1..9")
    return subprocess.run(["gzip", f"-{int(level)}", "-k", "--", path]).returncode
