from flask import Flask, request, jsonify, g

app = Flask(__name__)


class Member:
    def __init__(self, id):
        self.id, self.display_name, self.email, self.is_admin = id, "", "", False


@app.before_request
def load_member():
    g.me = Member(1)


@app.route("/me", methods=["PATCH"])
def update_me():
    for key, value in request.get_json().items():
        setattr(g.me, key, value)
    return jsonify(id=g.me.id, admin=g.me.is_admin)
