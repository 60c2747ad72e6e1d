import bleach

ALLOWED_TAGS = {"p", "br", "b", "i", "a", "ul", "li"}
ALLOWED_ATTRS = {"a": ["href", "title"]}


def render_bio(bio_html: str) -> str:
    """User bio with only harmless formatting kept."""
    cleaned = bleach.clean(bio_html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, strip=True)
    return f'<section class="bio">{cleaned}</section>'
