import shelve
from flask import Flask, request

app = Flask(__name__)


@app.route("/profile")
def profile():
    db_name = request.args.get("db", "profiles")
    with shelve.open(db_name) as db:
        return {"keys": list(db.keys())[:20]}
