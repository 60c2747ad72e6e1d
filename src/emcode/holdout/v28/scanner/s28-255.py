from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/checkin/done")
def checkin_done():
    guest = request.args.get("name", "")
    room = request.args.get("room", "")
    page = "<h1>Welcome, {}!</h1><p>Your room is {}.</p>".format(guest, room)
    return make_response(page)


@app.route("/checkout/done")
def checkout_done():
    return make_response("<h1>Thanks for stay