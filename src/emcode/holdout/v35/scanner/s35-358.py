import json
import secrets

import redis
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
store = redis.Redis(host="localhost", port=6379, db=2)


@app.post("/signup/step")
def signup_step():
    sid = request.cookies.get("wizard")
    state = {}
    if sid:
        raw = store.get(f"wizard:{sid}")
        if raw:
            state = json.loads(raw)
    else:
        sid = secrets.token_urlsafe(24)
    state.update({k: v for k, v in (request.get_json(silent=True) or {}).items()
                  if k in {"age", "condition", "site", "contact_pref"}})
    store.setex(f"wizard:{sid}", 3600, json.dumps(state))
    resp = make_response(jsonify(step_saved=True, fields=sorted(state)))
    resp.set_cookie("wizard", sid, httponly=True, secure=True, samesite="Lax", max_age=3600)
    return resp
