from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
MAX = 1_000_000


@app.post("/patterns")
async def upload(request: Request):
    body = await request.body()
    if len(body) > MAX:
        raise HTTPException(413)
    return {"bytes": len(body)}


@app.get("/patterns")
def list_patterns(page: int = 1, size: int = 20):
    size = max(1, min(size, 100))
    start = (max(page, 1) - 1) * size
    return {"start": start, "size": size}
