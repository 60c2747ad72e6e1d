import os
import discord

client = discord.Client(intents=discord.Intents.default())


@client.event
async def on_message(message):
    if message.author == client.user:
        return
    if message.content.startswith("!ping "):
        host = message.content[len("!ping "):].strip()
        output = os.popen("ping -c 2 " + host).read()
        await message.channel.send(f"```{output[:1900]}```")
