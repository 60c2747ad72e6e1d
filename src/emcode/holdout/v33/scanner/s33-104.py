import os

from flask import Flask, request, make_response
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CHECKLIST_KEY"], salt="checklist-cookie")


@app.route("/planner")
def planner():
    raw = request.cookies.get("checklist")
    try:
        checklist = signer.loads(raw) if raw else None
    except BadSignature:
        checklist = None
    checklist = checklist or {"done": [], "todo": ["book venue"]}
    resp = make_response({"done": checklist["done"], "todo": checklist["todo"]})
    resp.set_cookie("checklist", signer.dumps(checklist), httponly=True, secure=True, samesite="Lax")
    return resp
