import pickle


def restore_cart(blob):
    cart = pickle.loads(blob)
    if not isinstance(cart, dict):
        raise ValueError("bad cart")
    return cart
