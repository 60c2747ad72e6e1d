import re

from aiohttp import web

TRUSTED_DOMAIN = "hooks.example.net"
_TRUSTED = re.compile(r"^https://[\w.-]*" + TRUSTED_DOMAIN)


async def register(request: web.Request) -> web.Response:
    url = (await request.json()).get("url", "")
    if not _TRUSTED.match(url):
        raise web.HTTPBadRequest(text="untrusted webhook host")
    request.app["hooks"].append(url)
    return web.json_response({"registered": url})
