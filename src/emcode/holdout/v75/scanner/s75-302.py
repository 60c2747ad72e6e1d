import subprocess
import tempfile


def ocr_scan(image_bytes):
    path = tempfile.mktemp(suffix=".png")
    with open(path, "wb") as fh:
        fh.write(image_bytes)
    out = subprocess.run(["tesseract", path, "-", "--psm", "6"], capture_output=True, text=True, check=True)
    return out.stdout
