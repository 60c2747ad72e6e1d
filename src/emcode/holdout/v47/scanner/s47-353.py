def download_headers(filename, size):
    return {
        "Content-Type": "text/csv",
        "Content-Length": str(size),
        "Content-Disposition": 'attachment; filename="%s"' % filename,
    }
