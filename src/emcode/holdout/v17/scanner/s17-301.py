from flask import Flask, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(err):
    msg = "<h1>Not found</h1><p>The page %s does not exist.</p>" % request.path
    return msg, 404


@app.route("/")
def home():
    return "<h1>Home</h1>"
