SUPPORTED = {"en", "de", "fr", "es", "nl"}


def build_response_head(status_line, locale):
    lang = locale if locale in SUPPORTED else "en"
    lines = [status_line, "Content-Type: text/html; charset=utf-8", "Content-Language: " + lang]
    return "\r\n".join(lines) + "\r\n\r\n"
