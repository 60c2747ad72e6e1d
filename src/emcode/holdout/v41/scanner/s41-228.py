import subprocess
import sys
import tempfile
from pathlib import Path


def to_csv(xlsx: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["libreoffice", "--headless", "--convert-to", "csv", "--outdir", tmp, xlsx],
                       check=True, capture_output=True)
        out = next(Path(tmp).glob("*.csv"))
        return out.read_text(encoding="utf-8")


if __name__ == "__main__":
    print(to_csv(sys.argv[1])[:500])
