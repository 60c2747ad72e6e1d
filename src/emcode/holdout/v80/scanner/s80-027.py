def build_headers(filename, lang):
    for value in (filename, lang):
        if "\r" in value or "\n" in value:
            raise ValueError("header values must not contain line breaks")
    headers = [
        "Content-Type: text/csv",
        'Content-Disposition: attachment; filename="%s"' % filename.replace('"', ""),
        "Content-Language: " + lang,
    ]
    return "\r\n".join(headers) + "\r\n\r\n"
