import html

from flask import Flask, request

app = Flask(__name__)

PRODUCTS = [
    {"sku": "A-100", "name": "Steel bolt", "stock": 420},
    {"sku": "B-220", "name": "Hex nut", "stock": 97},
]


@app.route("/inventory/search")
def search_inventory():
    q = request.args.get("q", "")
    safe_q = html.escape(q)
    hits = [p for p in PRODUCTS if q.lower() in p["name"].lower()]
    rows = "".join(
        f"<tr><td>{html.escape(p['sku'])}</td><td>{html.escape(p['name'])}</td><td>{p['stock']}</td></tr>"
        for p in hits
    )
    page = f"""
    <html><body>
      <h2>Results for {safe_q}</h2>
      <table>{rows}</table>
    </body></html>
    """
    return page


if __name__ == "__main__":
    app.run()
