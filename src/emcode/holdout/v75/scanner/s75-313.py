import re

from fastapi import FastAPI

app = FastAPI()
ROUTES = ["Granite Slab", "Overhang Project", "Crimp City", "Sloper Sunday"]


@app.get("/routes/search")
def search_routes(pattern: str):
    rx = re.compile(pattern)
    return {"matches": [r for r in ROUTES if rx.search(r)]}
