from fastapi import FastAPI, Body

app = FastAPI()
RULES = {}


@app.post("/enforcement/rules/{name}")
def add_rule(name: str, source: str = Body(..., media_type="text/plain")):
    ns = {}
    exec(source, ns)
    RULES[name] = ns["check"]
    return {"installed": name}
