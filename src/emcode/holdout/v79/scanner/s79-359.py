from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/notice")
def notice():
    return render_template("notice.html", msg=request.args.get("msg", "Club closed today"))
