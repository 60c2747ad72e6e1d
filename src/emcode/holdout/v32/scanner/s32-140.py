import json


def restore_cart(blob):
    cart = json.loads(blob)
    if not isinstance(cart, dict):
        raise ValueError("bad cart")
    return {str(k): int(v) for k, v in cart.items()}
