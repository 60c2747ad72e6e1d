from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/shifts/confirm")
def confirm_shift():
    who = request.form.get("volunteer", "")
    slot = request.form.get("slot", "")
    body = "<h2>Shift booked</h2><p>%s, see you at %s. Bring closed shoes!</p>" % (who, slot)
    resp = make_response(body, 200)
    resp.set_cookie("last_slot", slot, httponly=True, samesite="Lax")
    return resp
