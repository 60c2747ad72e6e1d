from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/continue")
def cont():
    nxt = request.args.get("next", "/")
    if not nxt.startswith("/"):
        nxt = "/"
    return redirect(nxt)
