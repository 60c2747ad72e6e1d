from pathlib import Path

from aiohttp import web

AVATARS = Path("/var/lib/app/avatars")


async def avatar(request: web.Request) -> web.FileResponse:
    user_id = request.match_info["user_id"]
    if not user_id.isdigit():
        raise web.HTTPNotFound()
    path = AVATARS / f"{int(user_id)}.png"
    if not path.exists():
        raise web.HTTPNotFound()
    return web.FileResponse(path)
