import os

from flask import Flask, render_template, request, redirect, url_for, session, abort
from flask_wtf.csrf import CSRFProtect

from .db import get_db

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
CSRFProtect(app)


@app.route("/favourites", methods=["GET", "POST"])
def favourites():
    member = session.get("member_id")
    if member is None:
        abort(401)
    db = get_db()
    if request.method == "POST":
        db.execute("INSERT OR IGNORE INTO favourites (member_id, recipe_id) VALUES (?, ?)",
                   (member, request.form.get("recipe_id", type=int)))
        db.commit()
        return redirect(url_for("favourites"))
    rows = db.execute("SELECT recipe_id FROM favourites WHERE member_id = ?", (member,)).fetchall()
    return render_template("favourites.html", rows=rows)
