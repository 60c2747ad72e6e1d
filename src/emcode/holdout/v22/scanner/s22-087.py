from pathlib import Path


def load_asset(root: Path, rel: str) -> bytes:
    return (root / rel).read_bytes()
