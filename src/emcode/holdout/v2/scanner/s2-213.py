from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    message = request.args.get("msg", "")
    return render_template("echo.html", message=message)
