from flask import Flask, request, g

app = Flask(__name__)


@app.route("/me", methods=["PATCH"])
def update_me():
    user = g.current_user
    for key, value in request.get_json().items():
        setattr(user, key, value)
    user.save()
    return {"ok": True}
