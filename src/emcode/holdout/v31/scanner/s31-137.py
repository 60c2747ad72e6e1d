from flask import Flask, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.route("/cart")
def view_cart():
    items = session.get("cart", [])
    lines = [f"{i['event']} x{int(i['qty'])}" for i in items if isinstance(i, dict)]
    return {"items": lines}
