import pickle


def restore_inventory(blob):
    state = pickle.loads(blob)
    return {sku: int(qty) for sku, qty in state.items()}
