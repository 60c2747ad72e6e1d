import re

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}")


def is_email(value):
    return len(value) <= 254 and EMAIL_RE.fullmatch(value) is not None
