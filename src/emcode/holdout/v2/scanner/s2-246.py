import httpx
from fastapi import FastAPI, Response

app = FastAPI()
CDN = "https://cdn.example.com/avatars"


@app.get("/avatar/{user_id}")
async def avatar(user_id: int):
    async with httpx.AsyncClient(timeout=5) as client:
        upstream = await client.get(f"{CDN}/{user_id}.png")
    if upstream.status_code != 200:
        return Response(status_code=404)
    return Response(content=upstream.content, media_type="image/png")
