from flask import Flask, request, make_response
from inventory import find_items

app = Flask(__name__)


@app.route("/inventory")
def inventory_home():
    return "<h1>Inventory</h1><form action='/inventory/search'><input name='q'></form>"


@app.route("/inventory/search")
def inventory_search():
    q = request.args.get("q", "")
    items = find_items(q)
    rows = "".join(f"<li>{it.sku} - {it.name}</li>" for it in items)
    page = f"""
    <html>
      <body>
        <h2>Results for {q}</h2>
        <ul>{rows}</ul>
      </body>
    </html>
    """
    resp = make_response(page)
    resp.headers["Cache-Control"] = "no-store"
    return resp
