from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


@app.route("/logout")
def logout():
    session.clear()
    return redirect(request.args.get("return_to", "/"))
