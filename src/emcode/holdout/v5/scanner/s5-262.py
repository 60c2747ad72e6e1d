import tempfile
from pathlib import Path

def convert(blob: bytes, fn) -> bytes:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.bin"
        src.write_bytes(blob)
        return fn(src)
