import random
import string


def one_time_code(length: int = 6) -> str:
    """Numeric code sent by SMS to confirm a login."""
    return "".join(random.choice(string.digits) for _ in range(length))
