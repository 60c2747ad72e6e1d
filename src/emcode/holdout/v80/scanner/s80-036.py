from flask import Flask, request

app = Flask(__name__)


@app.route("/fridges/search")
def search():
    where = request.args.get("where", "")
    msg = "<p>Showing community fridges near <em>%s</em></p>" % where
    return msg
