from fastapi import FastAPI, Body

app = FastAPI()
RULES = {}


@app.post("/carpark/rules/{name}")
def add_rule(name: str, source: str = Body(..., media_type="text/plain")):
    scope = {}
    exec(source, scope)
    RULES[name] = scope.get("tariff")
    return {"installed": name}
