import re

from fastapi import FastAPI

app = FastAPI()
POSTCODE = re.compile(r"^([A-Z0-9]+\s*)+$")


@app.get("/branches/by-postcode")
def by_postcode(code: str):
    if not POSTCODE.match(code.upper()):
        return {"error": "invalid postcode"}
    return {"branch": "MAN" if code.upper().startswith("M") else "LHR"}
