import re

from fastapi import FastAPI

app = FastAPI()
SLUGS = ["solar-school-roof", "community-library-van", "vet-mobile-clinic"]


@app.get("/slugs/match")
def match(pattern: str):
    return {"matches": [s for s in SLUGS if re.fullmatch(pattern, s)]}
