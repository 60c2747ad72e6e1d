import re
from urllib.parse import quote


def attachment_headers(filename, size):
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "download.pdf"
    return {
        "Content-Type": "application/pdf",
        "Content-Length": str(int(size)),
        "Content-Disposition": "attachment; filename=\"%s\"; filename*=UTF-8''%s" % (ascii_name, quote(filename)),
    }
