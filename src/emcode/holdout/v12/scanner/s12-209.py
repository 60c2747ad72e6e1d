from flask import Flask, request

app = Flask(__name__)

NOT_FOUND = """
<!doctype html>
<title>Not found</title>
<h1>Nothing at %s</h1>
<p><a href="/">Back to the dashboard</a></p>
"""


@app.errorhandler(404)
def not_found(_err):
    body = NOT_FOUND % request.path
    return body, 404


@app.route("/")
def index():
    return "<h1>Billing dashboard</h1>"
