from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.route("/login/done")
def done():
    back = request.args.get("back", "/")
    session["seen_login"] = True
    if back.startswith("https://library.example.com"):
        return redirect(back)
    return redirect("/")
