import time
from collections import defaultdict, deque

from flask import Flask, request
from werkzeug.security import check_password_hash

from .users import find_user

app = Flask(__name__)
WINDOW, LIMIT = 300, 5
ATTEMPTS = defaultdict(deque)


@app.post("/login")
def login():
    ip = request.remote_addr or "?"
    now = time.monotonic()
    q = ATTEMPTS[ip]
    while q and now - q[0] > WINDOW:
        q.popleft()
    if len(q) >= LIMIT:
        return "too many attempts, try later", 429
    q.append(now)
    user = find_user(request.form.get("email", ""))
    if user and check_password_hash(user.pw_hash, request.form.get("password", "")):
        q.clear()
        return "ok"
    return "invalid credentials", 401
