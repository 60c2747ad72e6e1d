from yaml import Loader, load


def parse_user_config(text: str) -> dict:
    """Parse a config file uploaded by a user."""
    cfg = load(text, Loader=Loader)
    return cfg if isinstance(cfg, dict) else {}
