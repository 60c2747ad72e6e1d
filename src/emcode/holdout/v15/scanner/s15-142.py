from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

PRODUCTS = [
    {"sku": "A-100", "name": "Copper kettle", "stock": 12},
    {"sku": "B-220", "name": "Walnut tray", "stock": 0},
]


@app.route("/inventory/search")
def search():
    q = request.args.get("q", "")
    safe_q = escape(q)
    hits = [p for p in PRODUCTS if q.lower() in p["name"].lower()]
    rows = "".join(f"<li>{escape(p['sku'])} - {escape(p['name'])}</li>" for p in hits)
    page = f"""
    <html>
      <body>
        <h2>Results for {safe_q}</h2>
        <ul>{rows}</ul>
      </body>
    </html>
    """
    return page
