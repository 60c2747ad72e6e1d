def sighting_caption(species, site, observer):
    return "<figcaption>{} spotted at {} &mdash; {}</figcaption>".format(species, site, observer)
