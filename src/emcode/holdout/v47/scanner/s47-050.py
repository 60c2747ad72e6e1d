import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.post("/studio/restore")
def restore_portfolio():
    upload = request.files.get("backup")
    if upload is None:
        return {"error": "missing file"}, 400
    portfolio = pk.load(upload.stream)
    return {"artists": len(portfolio.get("artists", [])), "pieces": len(portfolio.get("pieces", []))}
