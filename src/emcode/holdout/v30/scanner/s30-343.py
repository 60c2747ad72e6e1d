import shutil
import zipfile
from pathlib import Path


def import_episode_bundle(zip_path, target_dir):
    target = Path(target_dir)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            dest = target / info.filename
            if info.is_dir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(dest, "wb") as dst:
                shutil.copyfileobj(src, dst)
