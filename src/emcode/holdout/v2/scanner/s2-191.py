import marshal


def load_rules(path: str) -> dict:
    """Load compiled rules saved by save_rules()."""
    with open(path, "rb") as fh:
        return marshal.load(fh)
