ALLOWED = "tickets.cityparking.gov"


def is_city_url(url: str) -> bool:
    return ALLOWED in url
