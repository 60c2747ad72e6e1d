import re

from fastapi import FastAPI, Query

app = FastAPI()

WINES = [
    "Chateau Margaux 2015", "Barolo Riserva 2013", "Sancerre Blanc 2021",
    "Rioja Gran Reserva 2012", "Chablis Premier Cru 2019",
]


@app.get("/cellar/search")
def search(pattern: str = Query(..., max_length=200)):
    rx = re.compile(pattern, re.IGNORECASE)
    return {"matches": [w for w in WINES if rx.search(w)]}
