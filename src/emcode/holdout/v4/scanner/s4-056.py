ALLOWED_ATTRS = {"name", "email", "address", "city", "zip"}


def get_field(obj, dotted: str):
    for part in dotted.split("."):
        if part not in ALLOWED_ATTRS:
            raise AttributeError(part)
        obj = getattr(obj, part)
    return obj
