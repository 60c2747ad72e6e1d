import shutil
import sys
import tempfile
from pathlib import Path


def bundle(paths, out_zip):
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "bundle"
        staging.mkdir()
        for p in map(Path, paths):
            shutil.copy2(p, staging / p.name)
        return shutil.make_archive(str(Path(out_zip).with_suffix("")), "zip", staging)


if __name__ == "__main__":
    print(bundle(sys.argv[2:], sys.argv[1]))
