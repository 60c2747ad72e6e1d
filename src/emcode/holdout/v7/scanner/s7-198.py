from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "")
    html = f"""<html><body>
    <h1>Hi {