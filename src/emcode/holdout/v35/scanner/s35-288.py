import bleach

ALLOWED_TAGS = ["b", "i", "em", "strong", "p", "ul", "li", "br"]


def product_description_html(raw_description):
    cleaned = bleach.clean(raw_description, tags=ALLOWED_TAGS, attributes={}, strip=True)
    return f'<div class="product-description">{cleaned}</div>'
