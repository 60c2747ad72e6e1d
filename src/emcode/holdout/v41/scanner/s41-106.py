from flask import Flask, redirect, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login/done")
def done():
    back = request.args.get("back", "/")
    session["seen_login"] = True
    if back.startswith("/") and not back.startswith("//") and "\\" not in back:
        return redirect(back)
    return redirect("/")
