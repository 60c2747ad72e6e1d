import bleach

DIGEST = """<html><body>
<p>Hello {name},</p>
<ul>{items}</ul>
</body></html>"""


def build_digest(name, messages):
    clean_name = bleach.clean(name, tags=[], strip=True)
    items = ""
    for m in messages:
        sender = bleach.clean(m["sender"], tags=[], strip=True)
        subject = bleach.clean(m["subject"], tags=[], strip=True)
        items += "<li><b>{}</b>: {}</li>".format(sender, subject)
    return DIGEST.format(name=clean_name, items=items)
