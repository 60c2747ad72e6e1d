from flask import Flask, request

app = Flask(__name__)

PRODUCTS = [
    {"sku": "A-100", "name": "Copper wire 2mm", "stock": 41},
    {"sku": "B-220", "name": "Solder flux", "stock": 7},
    {"sku": "C-031", "name": "Heat shrink kit", "stock": 0},
]


@app.route("/inventory")
def inventory():
    rows = "".join(
        f"<tr><td>{p['sku']}</td><td>{p['name']}</td><td>{p['stock']}</td></tr>" for p in PRODUCTS
    )
    return f"<table>{rows}</table>"


@app.route("/inventory/search")
def search():
    q = request.args.get("q", "")
    hits = [p for p in PRODUCTS if q.lower() in p["name"].lower()]
    html = f"<h2>Results for {q}</h2>"
    html += "<ul>"
    for p in hits:
        html += f"<li>{p['name']} ({p['stock']} left)</li>"
    html += "</ul>"
    return html


if __name__ == "__main__":
    app.run()
