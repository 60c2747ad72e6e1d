import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.post("/rink/usage")
def usage():
    df = pd.read_pickle(request.files["frame"])
    return {"hours": float(df["hours"].sum())}
