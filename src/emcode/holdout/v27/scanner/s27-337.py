from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/pattern/<int:pid>")
def pattern(pid):
    comment = request.args.get("comment", "")
    return render_template("pattern.html", pid=pid, comment=comment)


@app.route("/pattern/<int:pid>/print")
def printable(pid):
    size = request.args.get("size", "A4")
    if size not in {"A4", "Letter"}:
        size = "A4"
    return render_template(
        "print.html",
        pid=pid,
        si
