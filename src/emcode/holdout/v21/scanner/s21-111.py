from defusedxml.ElementTree import parse


def read_orders(path):
    tree = parse(path)
    orders = []
    for node in tree.getroot().iter("order"):
        orders.append({"id": node.get("id"), "qty": int(node.findtext("qty", "0")), "sku": node.findte