import re

_BAD = re.compile(r'[\x00-\x1f\x7f"\\]')


def download_headers(filename, size):
    clean = _BAD.sub("_", filename)[:100] or "download"
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(int(size)),
        "Content-Disposition": f'attachment; filename="{clean}"',
    }
