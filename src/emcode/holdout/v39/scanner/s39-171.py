from urllib.parse import quote


def attachment_headers(filename, size):
    plain = "".join(ch for ch in filename if ch.isprintable() and ch not in '"\\\r\n')
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(int(size)),
        "Content-Disposition": f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename, safe='')}",
    }
