import re
from urllib.parse import quote


def attachment_headers(filename, size):
    ascii_name = re.sub(r'[^A-Za-z0-9._-]', "_", filename)[:100] or "claim.pdf"
    return {
        "Content-Type": "application/pdf",
        "Content-Length": str(int(size)),
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}",
    }
