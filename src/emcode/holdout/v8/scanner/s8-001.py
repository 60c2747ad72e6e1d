from flask import Flask, request

app = Flask(__name__)

INVENTORY = {"bolt": 120, "nut": 300, "washer": 75}


@app.route("/")
def home():
    return "<a href='/search'>search</a>"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    hits = [k for k in INVENTORY if q.lower() in k]
    rows = "".join(f"<li>{name}: {INVENTORY[name]}</li>" for name in hits)
    page = f"""
    <html><body>
      <h2>Results for {q}</h2>
      <ul>{rows}</ul>
    </body></html>
    """
    return page


if __name__ == "__main__":
    app.run()
