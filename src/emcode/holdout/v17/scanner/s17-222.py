import contextlib
import io

import discord

client = discord.Client(intents=discord.Intents.default())


@client.event
async def on_message(message):
    if message.author.bot:
        return
    if message.content.startswith("/py "):
        code = message.content[4:]
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(code, {})
        await message.channel.send(buf.getvalue()[:1900] or "(no output)")
