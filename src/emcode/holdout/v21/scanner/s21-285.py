import html
from flask import Flask, request

app = Flask(__name__)
INVENTORY = {"bolts": 120, "nuts": 80}


@app.route("/stock")
def stock():
    item = request.args.get("item", "")
    count = INVENTORY.get(item)
    if count is None:
        safe_item = html.escape(item)
        page = f"""
        <html><body>
          <h2>Unknown item: {safe_item}</h2>
        </body></html>
        """
        return page, 404
    return {"item": item, "count": count}
