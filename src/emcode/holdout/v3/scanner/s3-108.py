from flask import Flask, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(err):
    page = "<h1>Not found</h1><p>The page %s does not exist.</p>" % request.path
    return page, 404
