import zipfile
from datetime import date
from pathlib import Path

SRC = Path("/srv/wedding/contracts")
OUT = Path("/srv/wedding/archive")


def archive_contracts():
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"contracts-{date.today():%Y%m}.zip"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for pdf in sorted(SRC.glob("*.pdf")):
            zf.write(pdf, arcname=pdf.name)
    return target


if __name__ == "__main__":
    print(archive_contracts())
