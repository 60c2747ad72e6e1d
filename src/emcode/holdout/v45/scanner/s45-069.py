from flask import Flask, session, request, redirect

app = Flask(__name__)
app.secret_key = "escape-room-2026-super-secret"


@app.route("/team", methods=["POST"])
def set_team():
    session["team"] = request.form.get("team", "")[:40]
    return redirect("/rooms")
