from fastapi import FastAPI

app = FastAPI()


@app.get("/preview")
async def preview(comment: str = ""):
    trimmed = comment.strip()[:500]
    return {"comment": trimmed, "length": len(trimmed)}
