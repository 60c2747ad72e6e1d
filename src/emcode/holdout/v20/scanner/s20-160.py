from html import escape as h

from flask import Flask, request

app = Flask(__name__)
ITEMS = [{"sku": "A-1", "name": "Bolt <M4>", "qty": 120}, {"sku": "B-7", "name": "Nut", "qty": 40}]


def cell(value):
    return "<td>" + h(str(value)) + "</td>"


@app.route("/inventory")
def inventory():
    needle = request.args.get("filter", "")
    rows = []
    for item in ITEMS:
        if needle.lower() in item["name"].lower():
            rows.append("<tr>" + cell(item["sku"]) + cell(item["name"]) + cell(item["qty"]) + "</tr>")
    heading = "Inventory matching '" + h(needle) + "'" if needle else "Inventory"
    out = "<h1>%s</h1><table>%s</table>" % (heading, "".join(rows))
    return out
