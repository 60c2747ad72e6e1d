import argparse
import zipfile
from pathlib import Path


def bundle(export_dir: Path, out: Path):
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for csv_file in sorted(export_dir.glob("*.csv")):
            zf.write(csv_file, arcname=csv_file.name)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("export_dir", type=Path)
    ap.add_argument("-o", "--out", type=Path, default=Path("plots-export.zip"))
    a = ap.parse_args()
    print(bundle(a.export_dir, a.out))
