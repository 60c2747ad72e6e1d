from urllib.parse import quote


def content_disposition(filename):
    return ("Content-Disposition", "attachment; filename*=UTF-8''" + quote(filename, safe=""))
