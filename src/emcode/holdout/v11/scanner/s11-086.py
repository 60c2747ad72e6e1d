import operator

import pandas as pd
from fastapi import FastAPI, HTTPException

app = FastAPI()
DF = pd.DataFrame({"city": ["Oslo", "Lima", "Pune"], "temp": [3.5, 19.0, 31.2], "humidity": [0.8, 0.7, 0.4]})
OPS = {"lt": operator.lt, "gt": operator.gt, "eq": operator.eq}


@app.get("/weather")
def weather(column: str = "temp", op: str = "gt", value: float = 0.0):
    if column not in DF.columns or op not in OPS:
        raise HTTPException(400, "bad filter")
    mask = OPS[op](DF[column], value)
    return DF[mask].to_dict(orient="records")
