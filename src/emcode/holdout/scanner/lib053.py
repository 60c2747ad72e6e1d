ADMIN_PASSWORD = "admin1234"


def is_admin(password: str) -> bool:
    """Check the admin console password."""
    return password == ADMIN_PASSWORD
