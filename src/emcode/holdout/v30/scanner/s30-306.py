import base64
import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.route("/rental/summary")
def rental_summary():
    raw = request.cookies.get("basket")
    basket = pk.loads(base64.b64decode(raw)) if raw else {"cars": []}
    return {"cars": basket["cars"], "count": len(basket["cars"])}
