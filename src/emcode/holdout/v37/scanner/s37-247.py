import bleach

ALLOWED = ["b", "i", "em", "strong"]


def accession_blurb(name, description):
    title = bleach.clean(name, tags=[], strip=True)
    body = bleach.clean(description, tags=ALLOWED, strip=True)
    return "<article><h4>%s</h4><p>%s</p></article>" % (title, body)
