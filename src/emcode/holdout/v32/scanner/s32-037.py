import argparse
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Convert a markdown brief to docx")
    ap.add_argument("brief", type=Path)
    ap.add_argument("--reference-doc", type=Path, default=Path("/srv/legal/templates/firm.docx"))
    args = ap.parse_args()
    out = args.brief.with_suffix(".docx")
    subprocess.check_call(["pandoc", str(args.brief), "-o", str(out), f"--reference-doc={args.reference_doc}"])
    print(out)


if __name__ == "__main__":
    main()
