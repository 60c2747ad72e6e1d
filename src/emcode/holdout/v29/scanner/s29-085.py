import os

_EXPECTED = os.environ.get("HUB_ADMIN_KEY", "")


def is_admin(request_key):
    return bool(_EXPECTED) and request_key == _EXPECTED
