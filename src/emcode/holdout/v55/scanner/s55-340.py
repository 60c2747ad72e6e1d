import yaml
from fastapi import FastAPI, Request, HTTPException

app = FastAPI()


@app.post("/brackets/import")
async def import_bracket(req: Request):
    raw = await req.body()
    try:
        bracket = yaml.safe_load(raw)
    except yaml.YAMLError:
        raise HTTPException(400, "invalid YAML")
    teams = bracket.get("teams", [])
    return {"teams": len(teams), "rounds": len(bracket.get("roun