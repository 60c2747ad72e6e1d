from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "")
    html = f"""<html><body>
    <h1>Hi {name}</h1>
    </body></html>"""
    return html


@app.route("/goodbye")
def goodbye():
    name = request.args.get("name", "")
    return render_template("bye.html", name=