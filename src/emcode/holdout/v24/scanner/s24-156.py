from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    visitor = escape(request.args.get("name", "guest"))
    page = f"""<html><body>
    <h1>Welcome to the museum, {visitor}!</h1>
    <p>Today's exhibitions:</p>
    <ul>
