from flask import Flask, request, make_response
from markupsafe import escape
from inventory import find_items

app = Flask(__name__)


@app.route("/inventory/search")
def inventory_search():
    raw_q = request.args.get("q", "")
    safe_q = escape(raw_q)
    items = find_items(raw_q)
    rows = "".join(f"<li>{escape(it.sku)} - {escape(it.name)}</li>" for it in items)
    page = f"""
    <html>
      <body>
        <h2>Results for {safe_q}</h2>
        <ul>{rows}</ul>
      </body>
    </html>
    """
    resp = make_response(page)
    resp.headers["Cache-Control"] = "no-store"
    return resp
