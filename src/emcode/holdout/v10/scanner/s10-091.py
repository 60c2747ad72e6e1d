import _pickle as cp
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()


@app.route("/prefs", methods=["POST"])
def set_prefs():
    r.set("prefs:" + request.form["user"], request.form["blob"].encode("latin-1"))
    return "saved"


@app.route("/prefs/<user>")
def get_prefs(user):
    data = r.get("prefs:" + user)
    return {"prefs": cp.loads(data) if data else {}}
