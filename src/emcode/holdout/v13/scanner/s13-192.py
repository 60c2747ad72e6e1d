import re

def valid_slug(slug):
    return bool(re.match(r"^(\w+\s?)*$", slug))
