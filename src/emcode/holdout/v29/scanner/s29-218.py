CATALOGUE_BASE = "https://catalogue.citylibrary.gov/"


def is_catalogue_link(url):
    return url == CATALOGUE_BASE[:-1] or url.startswith(CATALOGUE_BASE)
