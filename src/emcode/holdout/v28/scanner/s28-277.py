import subprocess
from pathlib import Path


def compress_stems(folder, archive_name):
    folder = Path(folder)
    stems = sorted(p.name for p in folder.glob("*.wav"))
    target = folder / f"{Path(archive_name).name}.tar.gz"
    subprocess.run(["tar", "czf", str(target), "--", *stems], cwd=folder, check=True)
    return str(target)
