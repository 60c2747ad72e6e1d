import shelve


def load_profile(db_path: str, user: str) -> dict:
    """db_path comes from the uploaded backup archive."""
    with shelve.open(db_path, flag="r") as db:
        return dict(db.get(user, {}))
