import json


def restore_inventory(blob):
    state = json.loads(blob)
    return {str(sku): int(qty) for sku, qty in state.items()}
