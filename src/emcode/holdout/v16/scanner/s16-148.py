from flask import Flask, request

app = Flask(__name__)

INVENTORY = {"bolt": 120, "nut": 340, "washer": 75}


@app.route("/")
def index():
    return "<a href='/search?q=bolt'>Search inventory</a>"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    hits = {k: v for k, v in INVENTORY.items() if q.lower() in k}
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in hits.items())
    page = f"""
    <html>
      <body>
        <h2>Results for {q}</h2>
        <table>{rows}</table>
      </body>
    </html>
    """
    return page


if __name__ == "__main__":
    app.run()
