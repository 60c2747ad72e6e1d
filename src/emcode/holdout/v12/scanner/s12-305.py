import os
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET"]

INVENTORY = [
    {"sku": "A-100", "name": "Hex bolt M6", "qty": 420},
    {"sku": "A-101", "name": "Hex bolt M8", "qty": 310},
    {"sku": "B-200", "name": "Washer 6mm", "qty": 1200},
]


@app.route("/inventory/search")
def search():
    q = request.args.get("q", "")
    hits = [i for i in INVENTORY if q.lower() in i["name"].lower()]
    safe_q = escape(q)
    page = f"""
    <html>
      <body>
        <h2>Results for {safe_q}</h2>
        <p>{len(hits)} item(s) found</p>
      </body>
    </html>
    """
    return page


if __name__ == "__main__":
    app.run()
