from flask import Flask, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.route("/basket")
def basket():
    pledges = session.get("pledges", [])
    total = sum(int(p["amount"]) for p in pledges)
    return {"total": total, "count": len(pledges)}
