import tarfile
from pathlib import Path


def install_theme(archive: Path, themes_dir: Path) -> list[str]:
    dest = themes_dir / archive.stem
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
        return tar.getnames()
