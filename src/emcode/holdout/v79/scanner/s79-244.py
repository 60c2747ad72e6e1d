def attachment_header(filename: str) -> bytes:
    line = 'Content-Disposition: attachment; filename="' + filename + '"\r\n'
    return line.encode("latin-1")
