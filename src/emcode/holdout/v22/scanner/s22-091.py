from pathlib import Path


def load_asset(root: Path, rel: str) -> bytes:
    base = root.resolve()
    target = (base / rel).resolve()
    if not target.is_relative_to(base):
        raise ValueError("asset path escapes the asset root")
    return target.read_bytes()
