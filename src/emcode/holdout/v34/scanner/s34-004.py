import re

ORDER_CODE = re.compile(r"^([A-Z0-9]+-?)+$")


def valid_order_code(code):
    return ORDER_CODE.match(code) is not None
