from flask import Flask, request, render_template_string

app = Flask(__name__)

NOT_FOUND = """
<!doctype html>
<title>Not found</title>
<h1>Nothing at {{ path }}</h1>
<p><a href="/">Back to the dashboard</a></p>
"""


@app.errorhandler(404)
def not_found(_err):
    return render_template_string(NOT_FOUND, path=request.path), 404


@app.route("/")
def index():
    return "<h1>Billing dashboard</h1>"
