CATALOGUE_BASE = "https://catalogue.citylibrary.gov"


def is_catalogue_link(url):
    return url.startswith(CATALOGUE_BASE)
