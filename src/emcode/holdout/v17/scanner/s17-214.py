from flask import Flask, request

app = Flask(__name__)

PRODUCTS = ["bolt M4", "bolt M6", "washer 8mm", "hex nut M4"]


@app.route("/inventory/search")
def search():
    q = request.args.get("q", "")
    hits = [p for p in PRODUCTS if q.lower() in p.lower()]
    rows = "".join(f"<li>{h}</li>" for h in hits)
    page = f"""
    <html>
      <body>
        <h2>Results for {q}</h2>
        <ul>{rows}</ul>
      </body>
    </html>
    """
    return page


@app.route("/inventory/co