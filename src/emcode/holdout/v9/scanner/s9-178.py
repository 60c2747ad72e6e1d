from markupsafe import escape


def orders_table(orders):
    rows = [f"<tr><td>{escape(o['customer'])}</td><td>{escape(str(o['total']))}</td></tr>" for o in orders]
    return "<table>" + "".join(rows) + "</table>"
