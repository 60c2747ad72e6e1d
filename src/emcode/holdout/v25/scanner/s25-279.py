import secrets
import string

ALPHABET = string.ascii_uppercase + string.digits


def pickup_code(length: int = 8) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def codes_for(orders):
    return {order_id: pickup_code() for order_id in orders}
