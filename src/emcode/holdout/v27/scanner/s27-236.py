from markupsafe import Markup


def seed_link(slug: str, label: str) -> Markup:
    return Markup('<a href="/seeds/{}">{}</a>').format(slug, label)
