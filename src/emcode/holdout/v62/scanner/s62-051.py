from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

MEMBERS = {"alex": "Engine 2", "sam": "Rescue 1"}


@app.route("/crew")
def crew():
    member = request.args.get("member", "")
    if member not in MEMBERS:
        msg = "<p class='error'>No crew assignment for " + str(escape(member)) + "</p>"
        return make_response(msg, 404)
    return make_response(f"<p>{MEMBERS[member]}</p>")
