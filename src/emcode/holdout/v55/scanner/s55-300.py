from flask import Flask, request

app = Flask(__name__)


@app.get("/cellar/lookup")
def lookup():
    vintage = request.args.get("vintage", "")
    # plain message, nothing fancy
    return "Sorry, we have no bottles from vintage %s in the cellar." % vintage
