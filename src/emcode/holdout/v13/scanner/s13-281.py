from html import escape
from flask import Flask, make_response, request

app = Flask(__name__)
ITEMS = [{"name": "M3 bolts", "qty": 4}, {"name": "Hinges", "qty": 40}]

@app.route("/reports/low-stock")
def low_stock():
    limit = request.args.get("limit", type=int, default=10)
    title = escape(request.args.get("title", "Low stock"))
    low = [i for i in ITEMS if i["qty"] < limit]
    rows = "".join(f"<li>{escape(i['name'])}: {i['qty']}</li>" for i in low)
    html = f"""<h1>{title}</h1>
<ul>{rows}</ul>"""
    resp = make_response(html)
    resp.headers["Content-Security-Policy"] = "default-src 'self'"
    return resp
