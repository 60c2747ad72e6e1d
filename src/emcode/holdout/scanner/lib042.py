import hmac
import os


def is_admin(password: str) -> bool:
    """Check the admin console password against $ADMIN_PASSWORD."""
    expected = os.environ["ADMIN_PASSWORD"]
    return hmac.compare_digest(password.encode(), expected.encode())
