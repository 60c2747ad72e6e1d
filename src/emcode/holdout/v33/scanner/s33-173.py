from urllib.parse import quote


def attachment_headers(filename, size):
    ascii_name = "".join(c for c in filename if 32 <= ord(c) < 127 and c not in '"\\')
    return (
        "Content-Type: application/octet-stream\r\n"
        f"Content-Disposition: attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}\r\n"
        f"Content-Length: {int(size)}\r\n"
    )
