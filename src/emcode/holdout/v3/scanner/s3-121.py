import re


def looks_like_email(addr):
    pattern = r"^([a-zA-Z0-9_.-])+@(([a-zA-Z0-9-])+.)+([a-zA-Z0-9]{2,4})+$"
    return bool(re.match(pattern, addr))
