from fastapi import FastAPI, UploadFile

app = FastAPI()
WORLD = {"gravity": 9.8, "spawn": (0, 0)}


@app.post("/mods/apply")
async def apply_mod(script: UploadFile):
    code = (await script.read()).decode("utf-8")
    scope = {"world": WORLD}
    exec(code, scope)
    return {"world": WORLD}
