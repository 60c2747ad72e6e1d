import random
import string


def generate_api_key(length: int = 40) -> str:
    """New API key for a customer."""
    return "".join(random.choices(string.ascii_letters + string.digits, k=length))
