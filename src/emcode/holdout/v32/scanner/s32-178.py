def build_response_head(status_line, locale):
    lines = [status_line, "Content-Type: text/html; charset=utf-8"]
    lines.append("Content-Language: " + locale)
    return "\r\n".join(lines) + "\r\n\r\n"
