DIGEST = """<html><body>
<p>Hello {name},</p>
<ul>{items}</ul>
</body></html>"""


def build_digest(name, messages):
    items = ""
    for m in messages:
        items += "<li><b>{}</b>: {}</li>".format(m["sender"], m["subject"])
    return DIGEST.format(name=name, items=items)
