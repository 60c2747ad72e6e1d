from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

INVENTORY = {"bolt": 120, "nut": 80, "washer": 300}


@app.route("/stock")
def stock():
    item = request.args.get("item", "")
    safe_item = escape(item)
    count = INVENTORY.get(item)
    if count is None:
        body = f"""
        <html><body>
          <h2>Unknown item</h2>
          <p>No stock record for <b>{safe_item}</b>.</p>
        </body></html>
        """
        return body, 404
    body = f"""
    <html><body>
      <h2>{safe_item}</h2>
      <p>In stock: {count}</p>
    </body></html>
    """
    return body


@app.route("/health")
def health():
    return {"ok": True}


if __name__ == "__main__":
    app.run()
