def attachment_headers(filename, size):
    return (
        "Content-Type: application/octet-stream\r\n"
        f"Content-Disposition: attachment; filename={filename}\r\n"
        f"Content-Length: {size}\r\n"
    )
