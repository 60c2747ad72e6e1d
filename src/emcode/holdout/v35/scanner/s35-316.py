from string import Template


def render_receipt_line(template, order):
    values = {
        "order_no": str(order.number),
        "total": f"{order.total_cents / 100:.2f}",
        "customer": order.customer_name,
    }
    return Template(template).safe_substitute(values)
