from flask import Flask, request

app = Flask(__name__)

LETTER = "Dear {holder}, your claim {ref} has moved to status '{status}'."


@app.post("/claims/letter")
def letter():
    text = LETTER.format(
        holder=request.form.get("holder", "customer"),
        ref=request.form.get("ref", ""),
        status="in review",
    )
    return {"letter": text}
