from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

INVENTORY = {"bolt": 120, "nut": 300, "washer": 75}


@app.route("/search")
def search():
    raw = request.args.get("q", "")
    q = escape(raw)
    hits = [k for k in INVENTORY if raw.lower() in k]
    rows = "".join(f"<li>{escape(name)}: {INVENTORY[name]}</li>" for name in hits)
    page = f"""
    <html><body>
      <h2>Results for {q}</h2>
      <ul>{rows}</ul>
    </body></html>
    """
    return page


if __name__ == "__main__":
    app.run()
