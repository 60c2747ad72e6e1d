def build_headers(filename, lang):
    headers = []
    headers.append("Content-Type: text/csv")
    headers.append("Content-Disposition: attachment; filename=%s" % filename)
    headers.append("Content-Language: " + lang)
    return "\r\n".join(headers) + "\r\n\r\n"
