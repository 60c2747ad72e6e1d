import subprocess
import tarfile
import tempfile
from pathlib import Path


def build_sdist(project: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="build-") as tmp:
        subprocess.run(["python", "-m", "build", "--sdist", "--outdir", tmp, str(project)], check=True)
        (artefact,) = Path(tmp).glob("*.tar.gz")
        with tarfile.open(artefact) as tar:
            names = tar.getnames()
        target = out / artefact.name
        target.write_bytes(artefact.read_bytes())
    print(f"{target}: {len(names)} files")
    return target
