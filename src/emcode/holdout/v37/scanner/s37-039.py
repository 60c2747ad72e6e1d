from flask import Flask, request

app = Flask(__name__)


class Claim:
    def __init__(self, cid, holder):
        self.cid = cid
        self.holder = holder


@app.post("/claims/<int:cid>/letter")
def letter(cid):
    claim = Claim(cid, "J. Doe")
    template = request.form.get("template", "Dear {claim.holder}, your claim {claim.cid} is under review.")
    return {"letter": template.format(claim=claim)}
