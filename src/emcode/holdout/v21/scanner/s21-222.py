import discord

client = discord.Client(intents=discord.Intents.default())
settings = {}


@client.event
async def on_message(message):
    if message.author.bot:
        return
    if message.content.startswith("!set "):
        payload = message.content[5:]
        update = eval(payload)
        settings.update(update)
        await message.channel.send(f"updated {len(update)} settings")
