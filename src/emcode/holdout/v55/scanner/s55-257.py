import bleach


def sighting_caption(species, site, observer):
    parts = [bleach.clean(x, tags=[], strip=True) for x in (species, site, observer)]
    return "<figcaption>{} spotted at {} &mdash; {}</figcaption>".format(*parts)
