from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/logout")
def logout():
    session.clear()
    return_to = request.args.get("return_to") or "/"
    return redirect(return_to)
