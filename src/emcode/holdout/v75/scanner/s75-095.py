def download_headers(scan_filename, size):
    return [
        ("Content-Type", "image/tiff"),
        ("Content-Length", str(size)),
        ("Content-Disposition", f'attachment; filename="{scan_filename}"'),
    ]
