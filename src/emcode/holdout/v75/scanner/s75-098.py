from urllib.parse import quote


def download_headers(scan_filename, size):
    encoded = quote(scan_filename, safe="")
    return [
        ("Content-Type", "image/tiff"),
        ("Content-Length", str(int(size))),
        ("Content-Disposition", f"attachment; filename*=UTF-8''{encoded}"),
    ]
