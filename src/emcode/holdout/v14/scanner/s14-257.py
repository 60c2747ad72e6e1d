import asyncio
import re
import discord

client = discord.Client(intents=discord.Intents.default())
HOST_RE = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}$")


@client.event
async def on_message(message):
    if message.author == client.user or not message.content.startswith("!ping "):
        return
    host = message.content[6:].strip()
    if not HOST_RE.match(host) or host.startswith("-"):
        await message.channel.send("That does not look like a hostname.")
        return
    proc = await asyncio.create_subprocess_exec("ping", "-c", "2", host, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    await message.channel.send(f"```{out.decode()[:1900]}```")
