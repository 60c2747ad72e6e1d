import tarfile
from pathlib import Path


def install_plugin(archive: Path, plugins_dir: Path) -> list[str]:
    """Unpack a code-review-bot plugin bundle uploaded by a user."""
    target = plugins_dir / archive.stem.replace(".tar", "")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(target, filter="data")
        return tar.getnames()
