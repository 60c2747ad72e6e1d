def order_confirmation_html(order):
    lines = []
    for item in order["items"]:
        lines.append("<li>%s x %d</li>" % (item["name"], item["qty"]))
    return """<html><body>
<p>Thanks %s, your order is confirmed.</p>
<ul>%s</ul>
<p>Your note: %s</p>
</body></html>""" % (order["customer"], "".join(lines), order.get("note", ""))
