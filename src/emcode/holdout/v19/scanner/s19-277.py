import re

_NAME = re.compile(r"[A-Za-z0-9-]{1,40}")
_VALUE = re.compile(r"[\x20-\x7e]{0,200}")


def apply_custom_headers(response, metadata: dict):
    for key, value in metadata.items():
        if _NAME.fullmatch(key) and _VALUE.fullmatch(str(value)):
            response.headers["X-Meta-" + key] = str(value)
    return response
