import re

ORDER_CODE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def valid_order_code(code):
    return len(code) <= 40 and ORDER_CODE.fullmatch(code) is not None
