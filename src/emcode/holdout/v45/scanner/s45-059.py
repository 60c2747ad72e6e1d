from flask import Flask, request

app = Flask(__name__)

FORMATS = {"short": "{ref} - {passenger}", "long": "Ticket {ref} issued to {passenger}"}


@app.post("/tickets/label")
def label():
    fmt = FORMATS.get(request.form.get("format", "short"), FORMATS["short"])
    return {"label": fmt.format(ref="FX-1042", passenger=request.form.get("passenger", ""))}
