def receipt_line(item: str, qty: int, price: float) -> str:
    return "{:<30} x{:>3} {:>8.2f}".format(item, qty, price)
