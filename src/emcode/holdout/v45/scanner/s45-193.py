from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/login/done")
def login_done():
    session["seen_intro"] = True
    return redirect(request.args.get("next") or "/dashboard")
