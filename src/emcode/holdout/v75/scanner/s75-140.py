import argparse
import subprocess
from pathlib import Path


def ocr(scan: Path, out_base: Path, lang: str):
    subprocess.run(["tesseract", str(scan), str(out_base), "-l", lang], check=True)


def main():
    ap = argparse.ArgumentParser(description="OCR a folder of archive scans")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--lang", default="eng", choices=["eng", "deu", "fra"])
    args = ap.parse_args()
    for scan in sorted(args.folder.glob("*.tif")):
        ocr(scan, scan.with_suffix(""), args.lang)
        print("done", scan.na