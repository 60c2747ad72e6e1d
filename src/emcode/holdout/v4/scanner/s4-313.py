import os
from flask import Flask, session, redirect, abort
from flask_wtf.csrf import CSRFProtect
from .db import delete_post, post_owner

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.post("/posts/<int:pid>/delete")
def delete(pid):
    uid = session.get("uid")
    if uid is None or post_owner(pid) != uid:
        abort(403)
    delete_post(pid)
    return redirect("/posts")
