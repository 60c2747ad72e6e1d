import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/brackets/import")
async def import_bracket(req: Request):
    raw = await req.body()
    bracket = yaml.load(raw, Loader=yaml.FullLoader)
    teams = bracket.get("teams", [])
    return {"teams": len(teams), "rounds": len(bracket.get("roun