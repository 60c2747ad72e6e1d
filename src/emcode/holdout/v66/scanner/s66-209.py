from flask import Flask, redirect, request, url_for, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.post("/shows/<int:show_id>/favourite")
def favourite(show_id):
    favs = set(session.get("favs", []))
    favs.add(show_id)
    session["favs"] = sorted(favs)
    return redirect(url_for("show_page", show_id=show_id))


@app.get("/shows/<int:show_id>")
def show_page(show_id):
    return {"show": show_id, "favourite": show_id in session.get("favs", [])}
