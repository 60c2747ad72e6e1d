import pickle as pk

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/sessions/import")
async def import_session(request: Request):
    blob = await request.body()
    state = pk.loads(blob)
    run_count = len(state.get("runs", []))
    return {"runs": run_count, "resort": state.get("resort", "unkn