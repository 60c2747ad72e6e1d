from html import escape

from flask import Flask, request

app = Flask(__name__)
ITEMS = [{"sku": "A-1", "name": "Bolt", "qty": 120}]


def cell(v):
    return "<td>" + escape(str(v)) + "</td>"


@app.route("/inventory")
def inventory():
    needle = request.args.get("filter", "")
    rows = "".join("<tr>" + cell(i["sku"]) + cell(i["name"]) + cell(i["qty"]) + "</tr>"
                   for i in ITEMS if needle.lower() in i["name"].lower())
    heading = "Inventory matching '" + needle + "'"
    return "<h1>%s</h1><table>%s</table>" % (heading, rows)
