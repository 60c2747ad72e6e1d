def download_headers(filename):
    return {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": "attachment; filename=" + filename,
    }
