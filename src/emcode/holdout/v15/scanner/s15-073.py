import re
from urllib.parse import quote


def set_download_name(headers, filename):
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename)[:100] or "download"
    headers["Content-Disposition"] = "attachment; filename=\"%s\"; filename*=UTF-8''%s" % (
        ascii_name, quote(filename, safe=""))
    return headers
