import subprocess


def compress(path: str, level: int = 6) -> int:
    level = int(level)
    if not 0 <= level <= 9:
        raise ValueError("level must be 0-9")
    return subprocess.run(["xz", f"-{level}", "-k", "--", path], check=False).returncode
