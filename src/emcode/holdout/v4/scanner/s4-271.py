import sqlite3
from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/profile")
def profile():
    username = request.args.get("u")
    db = sqlite3.connect("app.db")
    cur = db.cursor()
    cur.execute(f"SELECT bio, avatar FROM users WHERE name = '{username}'")
    row = cur.fetchone()
    if row is None:
        return render_template("404.html"), 404
    return render_template("profile.html", bio=row[0], avat