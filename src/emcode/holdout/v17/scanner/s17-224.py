from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

PRODUCTS = ["bolt M4", "bolt M6", "washer 8mm"]


@app.route("/inventory/search")
def search():
    raw = request.args.get("q", "")
    q = escape(raw)
    hits = [escape(p) for p in PRODUCTS if raw.lower() in p.lower()]
    rows = "".join(f"<li>{h}</li>" for h in hits)
    page = f"""
    <html><body>
      <h2>Results for {q}</h2>
      <ul>{rows}</ul>
    </body></html>
    """
    return page
