def orders_table(orders):
    rows = []
    for o in orders:
        rows.append("<tr><td>" + o["customer"] + "</td><td>" + str(o["total"]) + "</td></tr>")
    html = "<table><tr><th>Customer</th><th>Total</th></tr>"
    html += "".join(rows)
    html += "</table>"
    return html
