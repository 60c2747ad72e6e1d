import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.post("/rink/usage")
def usage():
    df = pd.read_csv(request.files["frame"], usecols=["hours"], nrows=10_000)
    return {"hours": float(df["hours"].sum())}
