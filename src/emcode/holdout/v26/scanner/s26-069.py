import re
import shutil
from pathlib import Path


def backup_menu(name: str, src: Path = Path("/srv/menus"), out_dir: Path = Path("/srv/backups")) -> Path:
    if not re.fullmatch(r"[a-z0-9-]{1,40}", name):
        raise ValueError("backup names use lowercase letters, digits and dashes")
    archive = shutil.make_archive(str(out_dir / name), "gztar", root_dir=src)
    return Path(archive)
