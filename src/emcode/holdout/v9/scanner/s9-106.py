from flask import Flask, request, g, abort

app = Flask(__name__)


class User:
    def __init__(self, name):
        self.name = name
        self.email = ""
        self.is_admin = False


@app.patch("/me")
def update_me():
    user = getattr(g, "user", None)
    if user is None:
        abort(401)
    for key, value in request.get_json().items():
        setattr(user, key, value)
    return {"name": user.name, "email": user.email}
