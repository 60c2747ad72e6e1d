import subprocess
import tempfile


def ocr_scan(image_bytes):
    with tempfile.NamedTemporaryFile(suffix=".png") as tmp:
        tmp.write(image_bytes)
        tmp.flush()
        out = subprocess.run(["tesseract", tmp.name, "-", "--psm", "6"], capture_output=True, text=True, check=True)
    return out.stdout
