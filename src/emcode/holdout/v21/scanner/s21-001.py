from flask import Flask, request

app = Flask(__name__)

INVENTORY = {"bolts": 120, "nuts": 80, "washers": 0}


@app.route("/stock")
def stock():
    item = request.args.get("item", "")
    count = INVENTORY.get(item)
    if count is None:
        page = f"""
        <html><body>
          <h2>Unknown item: {item}</h2>
          <p>Try one of: {', '.join(INVENTORY)}</p>
        </body></html>
        """
        return page, 404
    return {"item": item, "count": count}


@app.route("/health")
def health():
    return "ok"
