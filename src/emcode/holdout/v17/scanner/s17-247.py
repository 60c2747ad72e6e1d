import re

_TOKEN = re.compile(r"^[\x21-\x7e]{1,64}$")


def tagged_start_response(start_response, status, tag):
    headers = [("Content-Type", "text/plain; charset=utf-8")]
    if _TOKEN.match(tag):
        headers.append(("X-Request-Tag", tag))
    return start_response(status, headers)
