import dill
import redis
from flask import Flask, request

app = Flask(__name__)
r = redis.Redis()

@app.post("/stash")
def stash():
    r.set("job:" + request.args["id"], request.data)
    obj = dill.loads(r.get("job:" + request.args["id"]))
    return {"type": type(obj).__name__}
