import html
from flask import Flask, request

app = Flask(__name__)

INVENTORY = {"bolt": 120, "nut": 340, "washer": 75}


@app.route("/search")
def search():
    q = request.args.get("q", "")
    safe_q = html.escape(q)
    hits = {k: v for k, v in INVENTORY.items() if q.lower() in k}
    rows = "".join(
        f"<tr><td>{html.escape(k)}</td><td>{v:d}</td></tr>" for k, v in hits.items()
    )
    page = f"""
    <html>
      <body>
        <h2>Results for {safe_q}</h2>
        <table>{rows}</table>
      </body>
    </html>
    """
    return page


if __name__ == "__main__":
    app.run()
