def content_disposition(filename):
    return ("Content-Disposition", f"attachment; filename={filename}")
