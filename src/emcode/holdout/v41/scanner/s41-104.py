def attachment_headers(filename, length):
    if any(c in filename for c in '\r\n"\\') or not filename.isprintable():
        raise ValueError("invalid filename")
    lines = [
        "HTTP/1.1 200 OK",
        "Content-Type: application/pdf",
        f"Content-Length: {int(length)}",
        f"Content-Disposition: attachment; filename=\"{filename}\"",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
