from flask import Flask, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(e):
    page = """<!doctype html>
<title>Not found</title>
<h1>Nothing here</h1>
<p>The page %s does not exist. <a href="/">Go home</a></p>""" % request.path
    return page, 404


@app.route("/")
def index():
    return "<h1>Home</h1>"
