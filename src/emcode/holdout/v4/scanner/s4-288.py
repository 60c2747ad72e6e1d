from flask import Flask, session, redirect, abort
from .db import delete_post, post_owner

app = Flask(__name__)


@app.route("/posts/<int:pid>/delete")
def delete(pid):
    uid = session.get("uid")
    if uid is None or post_owner(pid) != uid:
        abort(403)
    delete_post(pid)
    return redirect("/posts")
