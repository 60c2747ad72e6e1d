import os

from flask import Flask, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.route("/rental/summary")
def rental_summary():
    basket = session.get("basket", {"cars": []})
    cars = list(basket.get("cars", []))
    return {"cars": cars, "count": len(cars)}
