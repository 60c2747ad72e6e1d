from flask import Flask, request

app = Flask(__name__)

PRODUCTS = [
    {"sku": "A-100", "name": "Copper kettle", "stock": 12},
    {"sku": "B-220", "name": "Walnut tray", "stock": 0},
    {"sku": "C-031", "name": "Linen apron", "stock": 40},
]


@app.route("/inventory/search")
def search():
    q = request.args.get("q", "")
    hits = [p for p in PRODUCTS if q.lower() in p["name"].lower()]
    rows = "".join(f"<li>{p['sku']} - {p['name']} ({p['stock']})</li>" for p in hits)
    page = f"""
    <html>
      <body>
        <h2>Results for {q}</h2>
        <ul>{rows}</ul>
      </body>
    </html>
    """
    return page


@app.route("/inventory/<sku>")
def item(sku):
    for p in PRODUCTS:
        if p["sku"] == sku:
            return {"sku": p["sku"], "stock": p["stock"]}
    return {"error": "not found"}, 404
