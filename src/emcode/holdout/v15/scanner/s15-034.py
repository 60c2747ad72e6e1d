import re

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def validate_slug(slug):
    if len(slug) > 80 or not SLUG.fullmatch(slug):
        raise ValueError("invalid slug")
    return slug
