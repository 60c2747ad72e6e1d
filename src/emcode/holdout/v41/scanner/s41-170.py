import html

import bleach

UPDATE_TEMPLATE = """<html><body>
<h2>Update on {title}</h2>
<div>{message}</div>
<p>Thanks for backing us, {backer}!</p>
</body></html>"""

ALLOWED_TAGS = {"p", "b", "i", "em", "strong", "ul", "ol", "li", "br"}


def build_update_email(title, message, backer):
    body = bleach.clean(message, tags=ALLOWED_TAGS, attributes={}, strip=True)
    return UPDATE_TEMPLATE.format(title=html.escape(title), message=body, backer=html.escape(backer))
