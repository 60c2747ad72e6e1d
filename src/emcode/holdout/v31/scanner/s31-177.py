import bleach

ALLOWED_TAGS = ["b", "i", "em", "strong", "p", "br", "ul", "li"]


def listing_description_html(raw_text):
    cleaned = bleach.clean(raw_text, tags=ALLOWED_TAGS, attributes={}, strip=True)
    return f'<div class="description">{cleaned}</div>'
