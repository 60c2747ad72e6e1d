import os
from flask import Flask, session, request, abort

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)


@app.route("/team/<int:team_id>/join", methods=["POST"])
def join(team_id):
    if "user" not in session:
        abort(401)
    session["team"] = team_id
    return {"team": team_id}
