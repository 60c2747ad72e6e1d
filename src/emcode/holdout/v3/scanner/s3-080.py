def redirect_response(target, status=302):
    lines = []
    lines.append("HTTP/1.1 %d Found" % status)
    lines.append("Location: " + target)
    lines.append("Content-Length: 0")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
