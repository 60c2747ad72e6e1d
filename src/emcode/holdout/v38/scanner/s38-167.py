import json

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


@app.post("/sessions/import")
async def import_session(request: Request):
    blob = await request.body()
    try:
        state = json.loads(blob)
    except ValueError:
        raise HTTPException(400, "expected JSON")
    run_count = len(state.get("runs", []))
    return {"runs": run_count, "resort": state.get("resort", "unkn