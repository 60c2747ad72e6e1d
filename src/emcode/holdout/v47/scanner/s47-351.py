import re

from fastapi import FastAPI

app = FastAPI()
VESSELS = ["MV Calder", "MV Northern Star", "RV Tern"]


@app.get("/vessels")
def vessels(pattern: str = ".*"):
    rx = re.compile(pattern)
    return {"matches": [v for v in VESSELS if rx.search(v)], "pattern": patt