from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/logout")
def logout():
    session.clear()
    next_url = request.args.get("next") or "/"
    return redirect(next_url)
