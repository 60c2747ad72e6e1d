import tempfile
import zipfile
from pathlib import Path


def unpack_theme(zip_path: str) -> Path:
    out = Path(tempfile.mkdtemp(prefix="theme-"))
    with zipfile.ZipFile(zip_path) as zf:
        if sum(i.file_size for i in zf.infolist()) > 20_000_000:
            raise ValueError("theme too large")
        zf.extractall(out)
    return out
