from flask import Flask, request

app = Flask(__name__)

PRODUCTS = {"widget": 4.5, "gadget": 12.0, "sprocket": 0.75}


@app.route("/")
def index():
    return "<h1>Inventory</h1><a href='/search'>search</a>"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    hits = [name for name in PRODUCTS if q.lower() in name]
    rows = "".join(f"<li>{name}: {PRODUCTS[name]:.2f}</li>" for name in hits)
    page = f"""
    <html><body>
      <h2>Results for {q}</h2>
      <ul>{rows}</ul>
    </body></html>
    """
    return page


if __name__ == "__main__":
    app.run()
