def build_download_headers(filename, size):
    headers = []
    headers.append(("Content-Type", "text/csv"))
    headers.append(("Content-Length", str(int(size))))
    headers.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    return "".join(f"{k}: {v}\r\n" for k, v in headers)
