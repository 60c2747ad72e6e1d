import re

SLUG = re.compile(r"^([a-z0-9]+-?)*[a-z0-9]+$")


def validate_slug(slug):
    """Used by the blog admin to check post slugs typed by authors."""
    if not SLUG.match(slug):
        raise ValueError(f"invalid slug: {slug}")
    return slug
