import os

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.post("/basket/add")
def add():
    basket = session.setdefault("basket", [])
    basket.append(request.form["item_id"])
    session.modified = True
    return {"count": len(basket)}
