from markupsafe import escape


def orders_table(orders):
    rows = []
    for o in orders:
        customer = escape(o["customer"])
        rows.append(f"<tr><td>{customer}</td><td>{float(o['total']):.2f}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"
