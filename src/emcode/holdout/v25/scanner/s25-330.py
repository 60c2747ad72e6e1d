FORMATS = {"short": "{site}", "long": "{site} - all rights reserved"}


def render_footer(kind: str, site: str) -> str:
    return FORMATS.get(kind, FORMATS["short"]).format(site=site)
