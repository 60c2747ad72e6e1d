SITE_NAME = "Shop"
DB_URL = "postgresql://app:pw@db/shop"


def banner(template: str) -> str:
    return template.format_map(globals())
