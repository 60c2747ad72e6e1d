import os
import requests
from django.http import JsonResponse
from django.views.decorators.http import require_GET

DISCORD_API = "https://discord.com/api/v10"


@require_GET
def guild_members(request, guild_id: int):
    r = requests.get(f"{DISCORD_API}/guilds/{int(guild_id)}/members",
                     params={"limit": 100},
                     headers={"Authorization": f"Bot {os.environ['DISCORD_BOT_TOKEN']}"}, timeout=10)
    r.raise_for_status()
    return JsonResponse({"members": [m["user"]["username"] for m in r.json()]})
