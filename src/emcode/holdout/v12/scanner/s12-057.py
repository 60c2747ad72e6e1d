import os
from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET"]

INVENTORY = [
    {"sku": "A-100", "name": "Hex bolt M6", "qty": 420},
    {"sku": "A-101", "name": "Hex bolt M8", "qty": 310},
    {"sku": "B-200", "name": "Washer 6mm", "qty": 1200},
]


@app.route("/inventory")
def inventory():
    rows = "".join(f"<li>{item['sku']}: {item['qty']}</li>" for item in INVENTORY)
    return f"<ul>{rows}</ul>"


@app.route("/inventory/search")
def search():
    q = request.args.get("q", "")
    hits = [i for i in INVENTORY if q.lower() in i["name"].lower()]
    page = f"""
    <html>
      <body>
        <h2>Results for {q}</h2>
        <p>{len(hits)} item(s) found</p>
      </body>
    </html>
    """
    return page


if __name__ == "__main__":
    app.run()
