import subprocess
import sys
import tempfile
from pathlib import Path


def build_wheel(src: Path, out: Path):
    with tempfile.TemporaryDirectory(prefix="wheelbuild-") as tmp:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", tmp, str(src)], check=True)
        built = next(Path(tmp).glob("*.whl"))
        out.mkdir(parents=True, exist_ok=True)
        target = out / built.name
        built.replace(target)
        return target


if __name__ == "__main__":
    print(build_wheel(Path(sys.argv[1]), Path(sys.argv[2] if len(sys.argv) > 2 else "dist")))
