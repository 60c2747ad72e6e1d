import subprocess
import sys
from pathlib import Path


def convert(src, fmt):
    fmt = fmt if fmt in {"pdf", "docx", "odt"} else "pdf"
    subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, str(Path(src).resolve())], check=True)
    return fmt


if __name__ == "__main__":
    used = convert(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "pdf")
    print(f"converted {sys.argv[1]} to {us