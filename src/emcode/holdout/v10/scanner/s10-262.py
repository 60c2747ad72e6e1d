from flask import Flask, request, g

app = Flask(__name__)
EDITABLE = ("display_name", "timezone", "bio")


@app.route("/me", methods=["PATCH"])
def update_me():
    user = g.current_user
    payload = request.get_json() or {}
    for key in EDITABLE:
        if key in payload:
            setattr(user, key, str(payload[key])[:500])
    user.save()
    return {"ok": True}
