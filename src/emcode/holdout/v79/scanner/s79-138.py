from urllib.parse import quote


def attachment_header(filename: str) -> tuple:
    return ("Content-Disposition", "attachment; filename*=UTF-8''" + quote(filename, safe=""))
