import re

_HEADER_BREAKERS = re.compile(r'[\r\n"\\]')


def attachment_headers(filename, size):
    clean = _HEADER_BREAKERS.sub("", filename) or "download.pdf"
    return {
        "Content-Type": "application/pdf",
        "Content-Length": str(int(size)),
        "Content-Disposition": f'attachment; filename="{clean}"',
    }
