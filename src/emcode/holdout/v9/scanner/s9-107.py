from flask import Flask, request, g, abort

app = Flask(__name__)
EDITABLE = ("name", "email")


@app.patch("/me")
def update_me():
    user = getattr(g, "user", None)
    if user is None:
        abort(401)
    data = request.get_json() or {}
    for key in EDITABLE:
        if key in data and isinstance(data[key], str):
            setattr(user, key, data[key][:200])
    return {"name": user.name, "email": user.email}
