from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/sso/callback")
async def sso_callback(request: Request, code: str, next_url: str = "/"):
    user = await exchange_code(code)
    request.session["user"] = user
    return RedirectResponse(url=next_url, status_code=303)


async def exchange_code(code: str) -> str:
    # TODO: call the identity provider
    async with httpx.AsyncClient() as client:
        r = await client.post("https://id.example.com/tok