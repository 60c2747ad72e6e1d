import secrets
import string


def generate_api_key(length: int = 40) -> str:
    """New API key for a customer."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
