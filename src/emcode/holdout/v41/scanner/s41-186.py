from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/campaigns/<int:cid>")
def campaign(cid):
    return f"campaign {cid}"


@app.post("/pledge")
def pledge():
    cid = request.form.get("campaign_id", type=int)
    if cid is None:
        return "missing campaign", 400
    return redirect(url_for("campaign", cid=cid))
