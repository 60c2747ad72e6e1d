from urllib.parse import quote


def set_track_header(headers, track_title):
    headers["X-Now-Playing"] = quote(track_title, safe=" -_.,")
    return headers
