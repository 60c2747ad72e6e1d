from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/go")
def go():
    term = request.args.get("q", "")
    return redirect(url_for("results", q=term))


@app.route("/results")
def results():
    return {"q": request.args.get("q", "")}
