REGISTRY = "https://lifeboat-registry.org"


def is_registry_link(link):
    return link.startswith(REGISTRY)
