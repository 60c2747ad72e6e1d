import tarfile
from pathlib import Path


def compress(folder: str, archive_name: str | None = None) -> str:
    src = Path(folder)
    archive_name = archive_name or f"{src.name}.tar.gz"
    with tarfile.open(archive_name, "w:gz") as tar:
        tar.add(src, arcname=src.name)
    return archive_name
