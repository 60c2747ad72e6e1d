import jsonpickle
from flask import Flask, request

app = Flask(__name__)
PREFS = {}

@app.route("/prefs/restore", methods=["POST"])
def restore():
    user = request.args.get("user", "")
    prefs = jsonpickle.decode(request.get_data(as_text=True))
    PREFS[user] = prefs
    return {"restored": user}
