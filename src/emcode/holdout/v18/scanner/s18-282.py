def shipping_label(name: str, street: str, city: str) -> str:
    return "{:<30}\n{:<30}\n{:<30}".format(name[:30], street[:30], city[:30])
