import base64
from pickle import loads as decode

from flask import Flask, request

app = Flask(__name__)


@app.route("/planner")
def planner():
    raw = request.cookies.get("checklist")
    checklist = decode(base64.b64decode(raw)) if raw else {"done": [], "todo": ["book venue"]}
    return {"done": checklist["done"], "todo": checklist["todo"]}
